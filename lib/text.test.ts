import { withoutDiacritics } from './text';

describe('withoutDiacritics', () => {
  const title = 'Nâng cao hiệu quả truyền thông về quyền con người của Đảng';
  const folded = 'Nang cao hieu qua truyen thong ve quyen con nguoi cua Dang';

  it('folds Vietnamese written in NFC or NFD alike', () => {
    expect(withoutDiacritics(title.normalize('NFC'))).toBe(folded);
    expect(withoutDiacritics(title.normalize('NFD'))).toBe(folded);
  });

  it('maps đ and Đ, which NFD does not decompose, keeping their case', () => {
    expect(withoutDiacritics('đĐ đường ĐẢNG')).toBe('dD duong DANG');
  });

  it('leaves text without diacritics and other scripts alone', () => {
    expect(withoutDiacritics('Plain text, 2024!')).toBe('Plain text, 2024!');
    expect(withoutDiacritics('日本語')).toBe('日本語');
  });
});
