// CSL-JSON, the one internal citation form: every format Gloss writes is made from a CSL
// item. Kept apart from the CSL processor so that the content script can cite cheaply.
import type { Citation, Name, Page } from '../model';
import type { PageDraft } from '../model/messages';
import { dateParts } from '../extract/dates';

export type CslType = NonNullable<Citation['type']>;

export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** A CSL-JSON item (https://github.com/citation-style-language/schema, csl-data.json). */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: Name[];
  issued?: CslDate;
  accessed?: CslDate;
  'container-title'?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  ISSN?: string;
  URL: string;
  language?: string;
}

/** A page as stored, or as first extracted (then it was not annotated yet: no access date). */
export type CitablePage = PageDraft & Partial<Pick<Page, 'id' | 'createdAt'>>;

/** The page's citation with the reader's corrections applied, field by field. */
export function citationOf(page: CitablePage): Citation {
  const edits = Object.fromEntries(
    Object.entries(page.citationEdits ?? {}).filter(
      ([, value]) => value !== undefined && value !== '',
    ),
  );
  return { ...page.citation, ...edits };
}

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

/**
 * The URL to cite: the canonical link when it stays on the same site (some sites point every
 * article's canonical link at their home page or a partner), else the page's normalised URL.
 */
function citedUrl(page: Pick<Page, 'url' | 'canonicalUrl'>): string {
  const canonical = page.canonicalUrl;
  return canonical && host(canonical) === host(page.url) && new URL(canonical).pathname.length > 1
    ? canonical
    : page.url;
}

/** The local calendar day of an instant: the day the reader annotated, as they lived it. */
function localDay(instant: string): CslDate | undefined {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return undefined;
  return { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] };
}

/** The CSL-JSON item of a page; `citationEdits` override what was extracted. */
export function toCSL(page: CitablePage): CslItem {
  const citation = citationOf(page);
  const issued = citation.issued ?? page.publishedTime;
  const item: CslItem = {
    id: page.id ?? page.url,
    type: citation.type ?? 'webpage',
    title: citation.title ?? page.title,
    author: citation.author?.length ? citation.author : undefined,
    issued: issued ? { 'date-parts': [dateParts(issued)] } : undefined,
    accessed: page.createdAt ? localDay(page.createdAt) : undefined,
    'container-title': citation.containerTitle ?? page.siteName,
    publisher: citation.publisher,
    volume: citation.volume,
    issue: citation.issue,
    page: citation.page,
    DOI: citation.DOI,
    ISSN: citation.ISSN,
    URL: citedUrl(page),
    language: page.lang,
  };
  return Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== undefined),
  ) as CslItem;
}
