import { foldWord, matchSpans, splitBySpans, terms, tokenize } from './fold';

const nfc = 'Quyền con người và Đảng';
const nfd = nfc.normalize('NFD');

describe('terms', () => {
  it('folds case, diacritics and đ, the same for NFC and NFD', () => {
    expect(terms(nfc)).toEqual(['quyen', 'con', 'nguoi', 'va', 'dang']);
    expect(terms(nfd)).toEqual(terms(nfc));
  });

  it('keeps the folded query equal to the folded text whichever way it is typed', () => {
    expect(terms('quyen con nguoi')).toEqual(terms('QUYỀN CON NGƯỜI'.normalize('NFD')));
    expect(foldWord('đĐ')).toBe('dd');
  });

  it('splits on punctuation and spaces, keeps digits, drops lone marks', () => {
    expect(terms('Quyết định số 1079/QĐ-TTg, ngày 14/9/2022.')).toEqual([
      'quyet',
      'dinh',
      'so',
      '1079',
      'qd',
      'ttg',
      'ngay',
      '14',
      '9',
      '2022',
    ]);
    expect(terms('\u0301 a')).toEqual(['a']);
  });

  it('gives the places of the words in the original text', () => {
    const [first, , third] = tokenize(nfd);
    expect(nfd.slice(first!.start, first!.end)).toBe('Quyền'.normalize('NFD'));
    expect(nfd.slice(third!.start, third!.end)).toBe('người'.normalize('NFD'));
  });
});

describe('matchSpans', () => {
  it('marks whole words and prefixes over the original text', () => {
    const spans = matchSpans(nfc, terms('nguoi da'));
    expect(spans.map(([s, e]) => nfc.slice(s, e))).toEqual(['người', 'Đả']);
  });

  it('includes all the marks of the last matched letter in NFD text', () => {
    const spans = matchSpans(nfd, terms('quye'));
    expect(spans.map(([s, e]) => nfd.slice(s, e))).toEqual(['Quyề'.normalize('NFD')]);
  });

  it('uses the longest query term that matches a word', () => {
    expect(matchSpans('dang', ['d', 'dan'])).toEqual([[0, 3]]);
  });

  it('finds nothing for an empty query or no match', () => {
    expect(matchSpans(nfc, [])).toEqual([]);
    expect(matchSpans(nfc, ['xyz'])).toEqual([]);
  });
});

describe('splitBySpans', () => {
  it('cuts a text into plain and matched parts that join back to the text', () => {
    const parts = splitBySpans(nfc, matchSpans(nfc, ['con', 'dang']));
    expect(parts).toEqual([
      { text: 'Quyền ', match: false },
      { text: 'con', match: true },
      { text: ' người và ', match: false },
      { text: 'Đảng', match: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(nfc);
  });
});
