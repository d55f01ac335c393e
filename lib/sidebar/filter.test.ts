import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model';
import { filterAnnotations } from './filter';

const make = (id: string, exact: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  pageId: '00000000-0000-4000-8000-000000000000',
  selectors: [{ type: 'TextQuoteSelector', exact }],
  colour: 'yellow',
  note: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const list = [
  make('a', 'Nâng cao hiệu quả công tác truyền thông về quyền con người', { tags: ['nhân quyền'] }),
  make('b', 'Đảng và Nhà nước', { colour: 'green', note: 'Quan trọng' }),
  make('c', 'Something else'.normalize('NFD'), { colour: 'blue', tags: ['other'] }),
];
const ids = (xs: Annotation[]) => xs.map((x) => x.id);

describe('filterAnnotations', () => {
  it('matches words without diacritics and in either Unicode form', () => {
    expect(ids(filterAnnotations(list, { text: 'quyen con nguoi', colour: '', tag: '' }))).toEqual([
      'a',
    ]);
    expect(ids(filterAnnotations(list, { text: 'dang', colour: '', tag: '' }))).toEqual(['b']);
    const nfd = 'quyền'.normalize('NFD');
    expect(ids(filterAnnotations(list, { text: nfd, colour: '', tag: '' }))).toEqual(['a']);
  });

  it('searches notes and tags, and combines with colour and tag', () => {
    expect(ids(filterAnnotations(list, { text: 'quan trong', colour: '', tag: '' }))).toEqual([
      'b',
    ]);
    expect(ids(filterAnnotations(list, { text: 'nhan quyen', colour: '', tag: '' }))).toEqual([
      'a',
    ]);
    expect(ids(filterAnnotations(list, { text: '', colour: 'blue', tag: '' }))).toEqual(['c']);
    expect(ids(filterAnnotations(list, { text: '', colour: '', tag: 'nhân quyền' }))).toEqual([
      'a',
    ]);
    expect(ids(filterAnnotations(list, { text: 'else', colour: 'green', tag: '' }))).toEqual([]);
  });
});
