// Full-text search of the library: an in-memory FlexSearch index over annotations, fed by the
// one tokeniser (./fold). Every word of a query must occur, each as the start of a word.
// Why FlexSearch, and not MiniSearch or Dexie multi-entry indexes: measured in
// tests/bench/library.ts (query latency at 100,000 annotations decides).
import { Index } from 'flexsearch';
import { terms } from './fold';

export { matchSpans, splitBySpans, terms, tokenize, type Span, type Token } from './fold';

/** What is searched of one annotation: its own text and its page's title and site. */
export interface SearchDoc {
  quote: string;
  note: string;
  tags: readonly string[];
  title: string;
  site: string;
}

const textOf = (doc: SearchDoc) =>
  [doc.quote, doc.note, doc.tags.join('\n'), doc.title, doc.site].join('\n');

/** Annotations are numbered by the caller (their place in its list), which keeps the index small. */
export class SearchIndex {
  readonly #index = new Index({
    // 'forward' indexes every prefix of every word: prefix matching as the reader types.
    tokenize: 'forward',
    encode: terms,
    resolution: 1,
    cache: false,
  });

  add(n: number, doc: SearchDoc): void {
    this.#index.add(n, textOf(doc));
  }

  /**
   * Adds words to an annotation's entry. Cheap, unlike replacing or removing an entry, which
   * walks the whole index (tens of milliseconds at 100,000 annotations).
   */
  append(n: number, text: string): void {
    this.#index.append(n, text);
  }

  /**
   * The numbers of the annotations that contain every word of the query (as prefixes), `size`
   * being one more than the largest number in use. Each word is looked up on its own and the
   * lists are intersected with a counter per annotation: linear in the lists' lengths, where
   * intersecting long lists inside the library took tens of milliseconds.
   */
  search(query: string, size: number): number[] {
    const words = [...new Set(terms(query))].slice(0, 0xffff);
    if (words.length === 0) return [];
    if (words.length === 1) return this.#index.search(words[0]!, { limit: size }) as number[];
    // How many of the words each annotation has matched so far.
    const seen = new Uint16Array(size);
    const found: number[] = [];
    words.forEach((word, i) => {
      const last = i === words.length - 1;
      for (const n of this.#index.search(word, { limit: size }) as number[]) {
        if (seen[n] !== i) continue;
        seen[n] = i + 1;
        if (last) found.push(n);
      }
    });
    return found;
  }
}
