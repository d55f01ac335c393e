// The one tokeniser of the library's search, used alike for indexing and for queries, so that
// what is typed matches what was stored: Unicode form, case and diacritics do not matter
// ("quyen con nguoi" finds "quyền con người", "dang" finds "Đảng", NFC and NFD alike).
import { withoutDiacritics } from '../text';

/** A word of a text: its folded form and where it stands in the original text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** A range of the original text, [start, end), to be marked as a match. */
export type Span = readonly [start: number, end: number];

// Combining marks belong to their word, so that a word written in NFD stays one word.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

// Words repeat a lot across a collection (and Vietnamese syllables even more), so folding is
// cached; the cache is dropped when it grows large, which keeps its memory bounded.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, string>();

/**
 * Folds a word: without diacritics (marks removed after NFD; "đ", a letter of its own, mapped
 * to "d"), in lower case.
 */
export function foldWord(word: string): string {
  let folded = cache.get(word);
  if (folded === undefined) {
    folded = withoutDiacritics(word).toLowerCase();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, folded);
  }
  return folded;
}

/** The words of a text, folded, with their places in the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = foldWord(match[0]);
    // A word made only of marks folds to nothing and cannot be searched for.
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded terms of a text, as the search index and queries see them. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}

/** How much of `word` (original text) is needed to spell the first `length` folded letters. */
function originalPrefixLength(word: string, length: number): number {
  let folded = 0;
  let index = 0;
  const points = [...word];
  for (let i = 0; i < points.length && folded < length; i++) {
    const point = points[i]!;
    folded += foldWord(point).length;
    index += point.length;
    // The marks that follow the last letter belong to it (NFD text).
    while (i + 1 < points.length && /^\p{M}$/u.test(points[i + 1]!)) {
      index += points[i + 1]!.length;
      i++;
    }
  }
  return index;
}

/**
 * Where the query's terms occur in a text, as prefixes of its words: ranges over the ORIGINAL
 * text, sorted and not overlapping, for the UI to mark.
 */
export function matchSpans(text: string, queryTerms: readonly string[]): Span[] {
  if (queryTerms.length === 0) return [];
  const spans: Span[] = [];
  for (const token of tokenize(text)) {
    let longest = 0;
    for (const q of queryTerms) {
      if (q.length > longest && token.term.startsWith(q)) longest = q.length;
    }
    if (longest === 0) continue;
    const word = text.slice(token.start, token.end);
    const length =
      longest === token.term.length ? word.length : originalPrefixLength(word, longest);
    spans.push([token.start, token.start + length]);
  }
  return spans;
}

/** A text cut into plain and matched parts, in order, ready to render with `<mark>`. */
export function splitBySpans(
  text: string,
  spans: readonly Span[],
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
