import {
  EMPTY_QUERY,
  formatLibraryQuery,
  libraryPath,
  parseLibraryQuery,
  type LibraryQuery,
} from './query';

describe('library query string', () => {
  it('round-trips a full view, Vietnamese included', () => {
    const view: LibraryQuery = {
      q: 'quyền con người',
      tag: 'bình đẳng giới',
      colour: 'green',
      site: 'baoquocte.vn',
      from: '2022-01-01',
      to: '2022-12-31',
      sort: 'page',
    };
    const search = formatLibraryQuery(view);
    expect(search.startsWith('?q=')).toBe(true);
    expect(parseLibraryQuery(search)).toEqual(view);
  });

  it('writes nothing for the default view and reads nothing as the default view', () => {
    expect(formatLibraryQuery(EMPTY_QUERY)).toBe('');
    expect(parseLibraryQuery('')).toEqual(EMPTY_QUERY);
  });

  it('leaves out invalid values', () => {
    expect(
      parseLibraryQuery('?colour=red&sort=random&from=2022-13-45&to=yesterday&tag=%20'),
    ).toEqual(EMPTY_QUERY);
  });

  it('reads an NFD query and tag as NFC', () => {
    const nfd = 'Đảng'.normalize('NFD');
    const view = parseLibraryQuery(`?q=${encodeURIComponent(nfd)}&tag=${encodeURIComponent(nfd)}`);
    expect(view.q).toBe('Đảng'.normalize('NFC'));
    expect(view.tag).toBe('Đảng'.normalize('NFC'));
  });

  it('gives the library page address for a view', () => {
    expect(libraryPath()).toBe('/library.html');
    expect(libraryPath({ ...EMPTY_QUERY, tag: 'thesis' })).toBe('/library.html?tag=thesis');
  });
});
