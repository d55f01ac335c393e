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
/** BASE to the power SEED_LENGTH - 1, modulo 2^32: the weight of a window's first code unit. */
const OUTGOING = (() => {
  let p = 1;
  for (let i = 1; i < SEED_LENGTH; i++) p = Math.imul(p, BASE);
  return p;
})();
/** Fibonacci hashing: the high bits of hash × 2^32/φ pick a bucket, mixing every bit in. */
const SPREAD = 0x9e3779b1;

/**
 * The text of a page with an index of every piece of SEED_LENGTH characters in it, built once
 * for a batch. Each position is hashed (a rolling hash, one multiply per character) into one
 * of at least as many buckets as positions, so chains are about one long beyond the repeats
 * of the piece itself: a Map of strings would cost a slice and an entry per position, several
 * times the time of reading the page. Pieces that share a bucket by chance are told apart by
 * comparing the text.
 */
export class PageIndex {
  /** The last position (highest) of each bucket, -1 when empty. */
  readonly #heads: Int32Array;
  /** The previous position in the same bucket, -1 at the end: chains run downwards. */
  readonly #next: Int32Array;
  readonly #shift: number;

  constructor(readonly text: string) {
    const count = Math.max(0, text.length - SEED_LENGTH + 1);
    const bits = Math.max(4, Math.ceil(Math.log2(count + 1)));
    const shift = 32 - bits;
    const heads = new Int32Array(1 << bits).fill(-1);
    const next = new Int32Array(count);
    // The hash of a window: the first SEED_LENGTH - 1 characters, then at each step the next
    // character comes in and, once the window is indexed, its first goes out.
    let hash = 0;
    for (let i = 0; i < SEED_LENGTH - 1 && i < text.length; i++) {
      hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    }
    for (let at = 0; at < count; at++) {
      hash = (Math.imul(hash, BASE) + text.charCodeAt(at + SEED_LENGTH - 1)) | 0;
      const bucket = Math.imul(hash, SPREAD) >>> shift;
      next[at] = heads[bucket]!;
      heads[bucket] = at;
      hash = (hash - Math.imul(text.charCodeAt(at), OUTGOING)) | 0;
    }
    this.#shift = shift;
    this.#heads = heads;
    this.#next = next;
  }

  /**
   * Where `piece` (SEED_LENGTH characters; none for any other length) occurs with its start
   * inside `[from, to)`, ascending.
   */
  find(piece: string, from = 0, to = this.text.length): number[] {
    if (piece.length !== SEED_LENGTH) return [];
    let hash = 0;
    for (let i = 0; i < SEED_LENGTH; i++) hash = (Math.imul(hash, BASE) + piece.charCodeAt(i)) | 0;
    const found: number[] = [];
    const least = Math.max(0, from);
    let at = this.#heads[Math.imul(hash, SPREAD) >>> this.#shift]!;
    // Positions above `to` are passed over; below `from` the chain has nothing more to give.
    for (; at >= least; at = this.#next[at]!) {
      if (at < to && this.text.startsWith(piece, at)) found.push(at);
    }
    return found.reverse();
  }

  /** Whether `value` occurs in the text. */
  includes(value: string): boolean {
    if (value.length < SEED_LENGTH) return this.text.includes(value);
    return this.find(value.slice(0, SEED_LENGTH)).some((at) => this.text.startsWith(value, at));
  }
}
