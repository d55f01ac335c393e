import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { PageIndex, SEED_LENGTH } from './page-index';

/** Every start of `piece` inside `[from, to)`, by scanning. */
function scan(text: string, piece: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    if (at >= from && at < to) out.push(at);
  }
  return out;
}

group('PageIndex', () => {
  it('finds every occurrence of a piece, overlapping ones too, in ascending order', () => {
    const index = new PageIndex('a'.repeat(20));
    expect(index.find('a'.repeat(SEED_LENGTH))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const text = 'the council met. the council metres. the council met again.';
    expect(new PageIndex(text).find('the council ')).toEqual([0, 17, 37]);
  });

  it('finds only starts inside [from, to)', () => {
    const text = 'the council met. the council metres. the council met again.';
    const index = new PageIndex(text);
    expect(index.find('the council ', 17, 37)).toEqual([17]);
    expect(index.find('the council ', 1, 38)).toEqual([17, 37]);
    expect(index.find('the council ', -5, 17)).toEqual([0]);
    expect(index.find('the council ', 38, 1000)).toEqual([]);
  });

  it('finds nothing for an absent piece or one of another length', () => {
    const index = new PageIndex('the council met the minister');
    expect(index.find('the minister')).toEqual([16]);
    expect(index.find('the ministry')).toEqual([]);
    expect(index.find('the')).toEqual([]);
    expect(index.find('the council met')).toEqual([]);
    expect(new PageIndex('short').find('short text!!')).toEqual([]);
  });

  it('finds where a value of any length occurs', () => {
    const index = new PageIndex('the council met the minister on Monday, the minister said');
    expect(index.occurrences('met the minister on')).toEqual([12]);
    expect(index.occurrences('met the minister in')).toEqual([]);
    expect(index.occurrences('minister')).toEqual([20, 44]);
    expect(index.occurrences('Monday')).toEqual([32]);
    expect(index.occurrences('Tuesday')).toEqual([]);
    expect(index.occurrences('he')).toEqual([1, 17, 41]);
    expect(new PageIndex('').occurrences('a')).toEqual([]);
    expect(index.occurrences('')).toEqual([]);
  });

  it('agrees with a scan on any text, range and piece', () => {
    // Few distinct pieces, so that texts repeat themselves; NFC Vietnamese, emoji (surrogate
    // pairs, which a piece may split) and spaces.
    const chunk = fc.constantFrom('a', 'b', 'ab', ' ', 'the ', 'người', 'Việt ', '😀', 'x😀y', 'ế');
    const text = fc.array(chunk, { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.integer({ min: -5, max: 400 }),
        fc.integer({ min: -5, max: 400 }),
        fc.string({ minLength: SEED_LENGTH, maxLength: SEED_LENGTH }),
        (text, at, from, to, other) => {
          const index = new PageIndex(text);
          const inside =
            text.length >= SEED_LENGTH
              ? text.slice(at % (text.length - SEED_LENGTH + 1)).slice(0, SEED_LENGTH)
              : other;
          for (const piece of [inside, other]) {
            expect(index.find(piece)).toEqual(scan(text, piece));
            expect(index.find(piece, from, to)).toEqual(scan(text, piece, from, to));
            expect(index.occurrences(piece)).toEqual(scan(text, piece));
          }
          for (const length of [1, 3, 4, 7, SEED_LENGTH, 20]) {
            const value = text.slice(at % (text.length + 1)).slice(0, length) || 'a';
            expect(index.occurrences(value)).toEqual(scan(text, value));
            expect(index.occurrences(`${value}\u0000`)).toEqual(scan(text, `${value}\u0000`));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
