// Where each piece of page text occurs: looked up instead of scanned for, so that hundreds of
// fuzzy searches on a long page stay within a few milliseconds.

/**
 * The length of an indexed piece (a seed). Shorter pieces occur everywhere (" of the ") and
 * point nowhere; longer ones are more often broken by an edit. Every position of the text
 * starts one, so the index costs the same whatever the length.
 */
export const SEED_LENGTH = 12;

/**
 * The multiplier of the rolling hash of a piece: odd, so no code unit's bits are shifted out of
 * the 32-bit hash entirely, and large, so neighbouring code units (ASCII letters) spread.
 */
const BASE = 0x01000193;
/** Fibonacci hashing: the high bits of hash × 2^32/φ pick a bucket, mixing every bit in. */
const SPREAD = 0x9e3779b1;

/**
 * The length of the pieces of a second index, for values shorter than a seed (a word, a year):
 * built when first needed, so they are looked up rather than scanned for through the whole text.
 */
const SHORT_LENGTH = 4;

/**
 * The text of a page with an index of every piece of SEED_LENGTH characters in it (or of
 * `length`), built once for a batch. Each position is hashed (a rolling hash, one multiply per
 * character) into one of at least as many buckets as positions, so chains are about one long
 * beyond the repeats of the piece itself: a Map of strings would cost a slice and an entry per
 * position, several times the time of reading the page. Pieces that share a bucket by chance
 * are told apart by comparing the text.
 */
export class PageIndex {
  /** The last position (highest) of each bucket, -1 when empty. */
  readonly #heads: Int32Array;
  /** The previous position in the same bucket, -1 at the end: chains run downwards. */
  readonly #next: Int32Array;
  readonly #shift: number;
  /** The index of pieces of SHORT_LENGTH, once a shorter value was looked for. */
  #short: PageIndex | undefined;

  constructor(
    readonly text: string,
    readonly length = SEED_LENGTH,
  ) {
    const count = Math.max(0, text.length - length + 1);
    const bits = Math.max(4, Math.ceil(Math.log2(count + 1)));
    const shift = 32 - bits;
    const heads = new Int32Array(1 << bits).fill(-1);
    const next = new Int32Array(count);
    // BASE to the power length - 1, modulo 2^32: the weight of a window's first code unit.
    let outgoing = 1;
    for (let i = 1; i < length; i++) outgoing = Math.imul(outgoing, BASE);
    // The hash of a window: the first length - 1 characters, then at each step the next
    // character comes in and, once the window is indexed, its first goes out.
    let hash = 0;
    for (let i = 0; i < length - 1 && i < text.length; i++) {
      hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    }
    for (let at = 0; at < count; at++) {
      hash = (Math.imul(hash, BASE) + text.charCodeAt(at + length - 1)) | 0;
      const bucket = Math.imul(hash, SPREAD) >>> shift;
      next[at] = heads[bucket]!;
      heads[bucket] = at;
      hash = (hash - Math.imul(text.charCodeAt(at), outgoing)) | 0;
    }
    this.#shift = shift;
    this.#heads = heads;
    this.#next = next;
  }

  /**
   * Where `piece` (`length` characters; none for any other length) occurs with its start
   * inside `[from, to)`, ascending.
   */
  find(piece: string, from = 0, to = this.text.length): number[] {
    if (piece.length !== this.length) return [];
    let hash = 0;
    for (let i = 0; i < this.length; i++) hash = (Math.imul(hash, BASE) + piece.charCodeAt(i)) | 0;
    const found: number[] = [];
    const least = Math.max(0, from);
    let at = this.#heads[Math.imul(hash, SPREAD) >>> this.#shift]!;
    // Positions above `to` are passed over; below `from` the chain has nothing more to give.
    for (; at >= least; at = this.#next[at]!) {
      if (at < to && this.text.startsWith(piece, at)) found.push(at);
    }
    return found.reverse();
  }

  /** Every start of `value` in the text, ascending: looked up by its first piece when it has one. */
  occurrences(value: string): number[] {
    const text = this.text;
    // An empty value is found at every position, and would never let the scan below end.
    if (!value) return [];
    if (value.length >= this.length) {
      return this.find(value.slice(0, this.length)).filter((at) => text.startsWith(value, at));
    }
    if (value.length >= SHORT_LENGTH) {
      this.#short ??= new PageIndex(text, SHORT_LENGTH);
      return this.#short.occurrences(value);
    }
    const out: number[] = [];
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) out.push(at);
    return out;
  }
}
