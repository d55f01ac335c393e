import { exportFileName, safeFileName, uniqueNames } from './file-name';

describe('safeFileName', () => {
  it.each([
    ['Tiêu đề: "Đà Nẵng" / 2024?', 'Tieu de Da Nang 2024'],
    ['Tiêu đề'.normalize('NFD'), 'Tieu de'],
    ['..hidden', 'hidden'],
    ['<>:|', 'fallback'],
    ['日本語のタイトル', 'fallback'],
  ])('%s → %s', (title, name) => {
    expect(safeFileName(title, 'fallback')).toBe(name);
  });
});

describe('exportFileName', () => {
  it.each([
    ['', 'gloss-2026-11-26.json'],
    ['tag nhân quyền', 'gloss-tag-nhan-quyen-2026-11-26.json'],
    ['Tiêu đề: "Đà Nẵng" / 2024?', 'gloss-Tieu-de-Da-Nang-2024-2026-11-26.json'],
    ['Quyền con người của Đảng'.normalize('NFD'), 'gloss-Quyen-con-nguoi-cua-Dang-2026-11-26.json'],
  ])('%s → %s', (subject, name) => {
    expect(exportFileName(subject, '2026-11-26T12:00:00.000Z', 'json')).toBe(name);
  });
});

describe('uniqueNames', () => {
  it('numbers repeats in order, whatever their case', () => {
    expect(uniqueNames(['Tin', 'tin', 'Bài', 'TIN'])).toEqual(['Tin', 'tin (2)', 'Bài', 'TIN (3)']);
  });
});
