// The library's view state (search text, filters, sort) and its URL query string, so that a
// view can be bookmarked and comes back as it was.
import { Colour } from '../model';

export const SORTS = ['newest', 'page'] as const;
export type Sort = (typeof SORTS)[number];

export interface LibraryQuery {
  /** The search text as typed; empty for everything. */
  q: string;
  tag?: string;
  colour?: Colour;
  /** A site as the library shows it (the page's site name or host). */
  site?: string;
  /** Dates as YYYY-MM-DD, inclusive, in UTC. */
  from?: string;
  to?: string;
  sort: Sort;
}

export const EMPTY_QUERY: LibraryQuery = { q: '', sort: 'newest' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string | null) =>
  value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
const nonEmpty = (value: string | null) => (value && value.trim() ? value.trim() : undefined);

/** Reads a view from a query string (`?q=…&tag=…`); anything invalid is left out. */
export function parseLibraryQuery(search: string): LibraryQuery {
  const params = new URLSearchParams(search);
  const colour = Colour.safeParse(params.get('colour'));
  const sort = SORTS.find((s) => s === params.get('sort')) ?? 'newest';
  const query: LibraryQuery = { q: (params.get('q') ?? '').normalize('NFC'), sort };
  const tag = nonEmpty(params.get('tag'));
  if (tag) query.tag = tag.normalize('NFC');
  if (colour.success) query.colour = colour.data;
  const site = nonEmpty(params.get('site'));
  if (site) query.site = site;
  const from = validDate(params.get('from'));
  if (from) query.from = from;
  const to = validDate(params.get('to'));
  if (to) query.to = to;
  return query;
}

/** Writes a view as a query string, leaving out what is empty or default; '' for the default. */
export function formatLibraryQuery(query: LibraryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.tag) params.set('tag', query.tag);
  if (query.colour) params.set('colour', query.colour);
  if (query.site) params.set('site', query.site);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.sort !== 'newest') params.set('sort', query.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The library page's address within the extension, opened on a view (for runtime.getURL). */
export function libraryPath(query: LibraryQuery = EMPTY_QUERY): `/library.html${string}` {
  return `/library.html${formatLibraryQuery(query)}`;
}
