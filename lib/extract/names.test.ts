import {
  formatAuthorLines,
  isOrganisation,
  parseAuthorLines,
  parseByline,
  parseName,
} from './names';

describe('parseName', () => {
  it.each([
    ['Jane Q. Doe', 'en', { family: 'Doe', given: 'Jane Q.' }],
    ['Doe, Jane', 'en', { family: 'Doe', given: 'Jane' }],
    ['Kooman, F.', 'en', { family: 'Kooman', given: 'F.' }],
    ['Michiel de Jong', 'en', { family: 'de Jong', given: 'Michiel' }],
    ['Ludwig van Beethoven', 'de', { family: 'van Beethoven', given: 'Ludwig' }],
    ['Martin Luther King Jr.', 'en', { family: 'King Jr.', given: 'Martin Luther' }],
    ['JOE HILDEBRAND', 'en-au', { family: 'Hildebrand', given: 'Joe' }],
    ['Nguyễn Văn An', 'vi', { family: 'Nguyễn', given: 'Văn An' }],
    ['Trần Thị Thu Hà', 'vi-VN', { family: 'Trần', given: 'Thị Thu Hà' }],
    ['Nguyễn Văn An', 'en', { family: 'Nguyễn', given: 'Văn An' }],
    ['肖春芳', 'zh', { family: '肖', given: '春芳' }],
    ['欧阳修文', undefined, { family: '欧阳', given: '修文' }],
    ['山田 太郎', 'ja', { family: '山田', given: '太郎' }],
    ['김민수', 'ko', { family: '김', given: '민수' }],
    ['やまだたろう', 'ja', { literal: 'やまだたろう' }],
    ['Báo Tin tức/TTXVN', 'vi', { literal: 'Báo Tin tức/TTXVN' }],
    ['Mac & i', 'de', { literal: 'Mac & i' }],
    ['Thông tấn xã Việt Nam', 'vi', { literal: 'Thông tấn xã Việt Nam' }],
    ['Reuters', 'en', { literal: 'Reuters' }],
    ['Associated Press', 'en', { literal: 'Associated Press' }],
  ])('%s (%s)', (raw, lang, expected) => {
    expect(parseName(raw, lang)).toEqual(expected);
  });

  it('reads decomposed Vietnamese as NFC', () => {
    expect(parseName('Nguyễn Văn An'.normalize('NFD'), 'vi')).toEqual({
      family: 'Nguyễn',
      given: 'Văn An',
    });
  });

  it('keeps a name equal to the site whole', () => {
    expect(parseName('Tin Tức Example', 'vi', ['Tin Tức Example'])).toEqual({
      literal: 'Tin Tức Example',
    });
    expect(isOrganisation('Jane Doe')).toBe(false);
  });

  it('is not fooled by profile links and handles', () => {
    expect(parseName('https://medium.com/@pippinlee')).toBeUndefined();
    expect(parseName('@dangoodin001')).toBeUndefined();
    expect(parseName('   ')).toBeUndefined();
  });
});

describe('parseByline', () => {
  it('drops the "By" and the date on the next line', () => {
    expect(parseByline('By Nathan Willis\n      March 25, 2015', 'en')).toEqual([
      { family: 'Willis', given: 'Nathan' },
    ]);
  });

  it('finds co-authors written as an aside', () => {
    expect(parseByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'fr')).toEqual([
      { family: 'Untersinger', given: 'Martin' },
      { family: 'Leloup', given: 'Damien' },
      { family: 'Tual', given: 'Morgane' },
    ]);
  });

  it('tells a list of people from one person written family first', () => {
    expect(parseByline('Jane Doe, John Roe and Ann Poe', 'en')).toHaveLength(3);
    expect(parseByline('Jong, Michiel de', 'en')).toEqual([
      { family: 'Jong', given: 'Michiel de' },
    ]);
    expect(parseByline('Theo Báo Tin tức/TTXVN', 'vi')).toEqual([{ literal: 'Báo Tin tức/TTXVN' }]);
    expect(parseByline('Hà Linh và Minh Anh', 'vi')).toEqual([
      { family: 'Hà', given: 'Linh' },
      { family: 'Minh', given: 'Anh' },
    ]);
  });
});

describe('author lines', () => {
  it('reads people, organisations and braced names, and writes them back the same', () => {
    const text = 'Nguyễn, Văn An\nBáo Tin tức/TTXVN\n{Reuters, Inc.}\nDoe,\n\n  ';
    const names = parseAuthorLines(text);
    expect(names).toEqual([
      { family: 'Nguyễn', given: 'Văn An' },
      { literal: 'Báo Tin tức/TTXVN' },
      { literal: 'Reuters, Inc.' },
      { family: 'Doe' },
    ]);
    expect(parseAuthorLines(formatAuthorLines(names))).toEqual(names);
  });
});
