import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageIdOf } from './url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(
      normalizeUrl('https://example.org/a/b?id=7&utm_source=x&fbclid=y&b=2&gclid=z#section'),
    ).toBe('https://example.org/a/b?id=7&b=2');
  });

  it('leaves a URL without parameters alone and lowercases the host', () => {
    expect(normalizeUrl('https://Example.ORG/Path')).toBe('https://example.org/Path');
    expect(normalizeUrl('https://example.org/p?utm_medium=a')).toBe('https://example.org/p');
  });

  it('keeps a Vietnamese URL the same whether its letters come composed or decomposed', () => {
    const nfc = 'https://báo.vn/quyền-con-người?q=Đảng';
    expect(normalizeUrl(nfc.normalize('NFD'))).toBe(normalizeUrl(nfc));
    expect(normalizeUrl(nfc)).toBe(
      'https://xn--bo-mia.vn/quy%E1%BB%81n-con-ng%C6%B0%E1%BB%9Di?q=%C4%90%E1%BA%A3ng',
    );
  });

  it('refuses what is not an http(s) page', () => {
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl('file:///home/a.html')).toBeNull();
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('pageIdOf', () => {
  it('is a stable UUID per URL', () => {
    const id = pageIdOf('https://example.org/a');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pageIdOf('https://example.org/a')).toBe(id);
    expect(pageIdOf('https://example.org/b')).not.toBe(id);
  });
});
