// The library in memory: a compact entry per live annotation (what filters, sorting and the
// visible rows need, with the quote and note cut to what a row shows), the search index, and
// the two display orders computed once, so that a keystroke is one pass over the entries.
import type { Annotation, Colour, Page } from '../model';
import { quoteOf } from '../model';
import { SearchIndex } from '../search';
import type { LibraryQuery, Sort } from './query';

/** A row shows a few lines; longer text is cut (searching still sees all of it). */
export const EXCERPT = { quote: 400, note: 200 } as const;

export interface LibraryPage {
  id: string;
  url: string;
  title: string;
  /** The site as shown and filtered by: the page's site name, or its host. */
  site: string;
  /** When the page was first highlighted. */
  createdAt: string;
}

export interface LibraryEntry {
  /** Its place in the library's list, and its number in the search index. */
  n: number;
  id: string;
  page: LibraryPage;
  colour: Colour;
  tags: string[];
  createdAt: string;
  /** Document order on its page. */
  order: number;
  quote: string;
  note: string;
  /** Deleted from the library, kept until the deletion can no longer be undone. */
  deleted: boolean;
}

export function libraryPage(page: Page): LibraryPage {
  let site = page.siteName?.trim();
  if (!site) {
    try {
      site = new URL(page.url).hostname;
    } catch {
      site = page.url;
    }
  }
  return {
    id: page.id,
    url: page.url,
    title: page.title || page.url,
    site,
    createdAt: page.createdAt,
  };
}

/** The entry of an annotation; its `n` is given by the list it joins. */
export function libraryEntry(
  annotation: Annotation & { order?: number },
  page: LibraryPage,
  n: number,
): LibraryEntry {
  return {
    n,
    id: annotation.id,
    page,
    colour: annotation.colour,
    tags: [...annotation.tags],
    createdAt: annotation.createdAt,
    order: annotation.order ?? 0,
    quote: quoteOf(annotation).slice(0, EXCERPT.quote),
    note: annotation.note.slice(0, EXCERPT.note),
    deleted: false,
  };
}

/**
 * The list's rows for entries already in display order, one number per row, so that a
 * keystroke allocates one array and no object per row: `n` ≥ 0 is the annotation
 * `entries[n]`; `-(n + 1)` is the heading of `entries[n]`'s page, put wherever the page changes.
 */
export function rowsOf(results: readonly LibraryEntry[]): Int32Array {
  const rows = new Int32Array(results.length * 2);
  let count = 0;
  let page: LibraryPage | undefined;
  for (const entry of results) {
    if (entry.page !== page) {
      page = entry.page;
      rows[count++] = -(entry.n + 1);
    }
    rows[count++] = entry.n;
  }
  return rows.subarray(0, count);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export class Library {
  readonly entries: LibraryEntry[] = [];
  readonly pages = new Map<string, LibraryPage>();
  readonly #byId = new Map<string, LibraryEntry>();
  readonly #index = new SearchIndex();
  #orders: Partial<Record<Sort, { order: Int32Array; rank: Int32Array }>> = {};
  /** Every live entry in each sort, the view with no search and no filter. */
  #everything: Partial<Record<Sort, LibraryEntry[]>> = {};

  addPage(page: Page): LibraryPage {
    const entry = libraryPage(page);
    this.pages.set(page.id, entry);
    return entry;
  }

  /** Adds a live annotation of a page added before; others are skipped. */
  add(annotation: Annotation & { order?: number }): void {
    const page = this.pages.get(annotation.pageId);
    if (!page || annotation.deletedAt) return;
    const entry = libraryEntry(annotation, page, this.entries.length);
    this.entries.push(entry);
    this.#byId.set(entry.id, entry);
    this.#index.add(entry.n, {
      quote: quoteOf(annotation),
      note: annotation.note,
      tags: annotation.tags,
      title: page.title,
      site: page.site,
    });
    this.#orders = {};
    this.#everything = {};
  }

  /**
   * Entry numbers in display order: pages by their newest annotation ('newest') or by title
   * ('page'); within a page, document order. Computed once per sort, not per keystroke.
   */
  order(sort: Sort): { order: Int32Array; rank: Int32Array } {
    const cached = this.#orders[sort];
    if (cached) return cached;
    const byPage = new Map<LibraryPage, LibraryEntry[]>();
    for (const entry of this.entries) {
      const list = byPage.get(entry.page);
      if (list) list.push(entry);
      else byPage.set(entry.page, [entry]);
    }
    const groups = [...byPage.values()];
    for (const list of groups) list.sort((a, b) => a.order - b.order || a.n - b.n);
    if (sort === 'newest') {
      const newest = new Map(
        groups.map((list) => [
          list,
          list.reduce((m, e) => (e.createdAt > m ? e.createdAt : m), ''),
        ]),
      );
      groups.sort((a, b) => (newest.get(b)! > newest.get(a)! ? 1 : -1));
    } else {
      groups.sort((a, b) => collator.compare(a[0]!.page.title, b[0]!.page.title));
    }
    const order = new Int32Array(this.entries.length);
    // rank[n]: where entry n stands in the order.
    const rank = new Int32Array(this.entries.length);
    let i = 0;
    for (const list of groups) {
      for (const entry of list) {
        rank[entry.n] = i;
        order[i++] = entry.n;
      }
    }
    return (this.#orders[sort] = { order, rank });
  }

  /** The entries that match the view, in its order (an array shared between calls: read only). */
  results(query: LibraryQuery): LibraryEntry[] {
    const { tag, colour, site, from, sort } = query;
    const q = query.q.trim();
    const plain = !q && !tag && !colour && !site && !from && !query.to;
    const everything = this.#everything[sort];
    if (plain && everything) return everything;
    const { order, rank } = this.order(sort);
    let candidates: ArrayLike<number> = order;
    let matched: Uint8Array | undefined;
    if (q) {
      const found = this.#index.search(q, this.entries.length);
      // Few matches are put in order directly; many are picked out in one pass over the order.
      if (found.length * 8 < this.entries.length) {
        candidates = Int32Array.from(found).sort((a, b) => rank[a]! - rank[b]!);
      } else {
        matched = new Uint8Array(this.entries.length);
        for (const n of found) matched[n] = 1;
      }
    }
    // Dates compare as ISO strings; the end day is inclusive.
    const to = query.to && `${query.to}T99`;
    const out: LibraryEntry[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const n = candidates[i]!;
      const entry = this.entries[n]!;
      if (entry.deleted) continue;
      if (matched && !matched[n]) continue;
      if (colour && entry.colour !== colour) continue;
      if (site && entry.page.site !== site) continue;
      if (tag && !entry.tags.includes(tag)) continue;
      if (from && entry.createdAt < from) continue;
      if (to && entry.createdAt > to) continue;
      out.push(entry);
    }
    if (plain) this.#everything[sort] = out;
    return out;
  }

  /** Hides entries deleted in the database, or shows them again (undo). */
  setDeleted(ids: readonly string[], deleted: boolean): void {
    for (const id of ids) {
      const entry = this.#byId.get(id);
      if (entry) entry.deleted = deleted;
    }
    this.#everything = {};
  }

  get(id: string): LibraryEntry | undefined {
    return this.#byId.get(id);
  }

  /** Sets a live entry's tags (after a rename, merge or removal in the database). */
  retag(id: string, tags: string[]): void {
    const entry = this.#byId.get(id);
    if (!entry) return;
    const added = tags.filter((tag) => !entry.tags.includes(tag));
    entry.tags = tags;
    // Appending is cheap; replacing walks the whole index. A removed tag may still match a
    // search until the library is opened again; the tag filter is always exact.
    if (added.length) this.#index.append(entry.n, added.join('\n'));
  }

  /** Every live tag with its count, most used first. */
  tagCounts(): { tag: string; count: number }[] {
    return this.#counts((entry) => entry.tags);
  }

  /** Every site with its count of live annotations, most used first. */
  siteCounts(): { site: string; count: number }[] {
    return this.#counts((entry) => [entry.page.site]).map(({ tag, count }) => ({
      site: tag,
      count,
    }));
  }

  #counts(keys: (entry: LibraryEntry) => string[]): { tag: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const entry of this.entries) {
      if (entry.deleted) continue;
      for (const key of keys(entry)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
  }
}
