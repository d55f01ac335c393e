// Citations for students: one CSL-JSON item per page, written out as BibTeX, BibLaTeX, RIS,
// CSL-JSON, or formatted references in APA, MLA, Chicago (author-date), Harvard and IEEE.
// The serialisers are small and synchronous; formatting loads citeproc-js and the bundled
// styles on first use (dynamic import), so importing this module stays cheap.
import { toCSL, type CitablePage, type CslItem } from './csl-item';

export { toCSL, type CitablePage, type CslItem } from './csl-item';
export { toBibTeX, toBibLaTeX } from './bibtex';
export { toRIS } from './ris';

export const CITATION_STYLES = ['apa', 'mla', 'chicago-author-date', 'harvard', 'ieee'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
export const CITATION_LOCALES = ['en-US', 'vi-VN'] as const;
export type CitationLocale = (typeof CITATION_LOCALES)[number];

/** The same content for the two clipboard flavours: `text/plain` and `text/html`. */
export interface Formatted {
  text: string;
  html: string;
}

/** The citation locale for a UI or page language: Vietnamese for `vi…`, else American English. */
export function citationLocale(lang: string | undefined): CitationLocale {
  return /^vi(?:-|$)/i.test(lang ?? '') ? 'vi-VN' : 'en-US';
}

/** The reference list for the items, sorted as the style sorts (IEEE: in the given order). */
export async function formatBibliography(
  items: readonly CslItem[],
  style: CitationStyle,
  locale: CitationLocale,
): Promise<Formatted> {
  const { renderBibliography } = await import('./csl-render');
  return renderBibliography(items, style, locale);
}

/** The in-text citation of one item: "(Báo Tin tức/TTXVN, 2022)", "(Doe et al. 12)", "[1]". */
export async function formatCitation(
  item: CslItem,
  style: CitationStyle,
  locale: CitationLocale,
): Promise<Formatted> {
  const { renderCitation } = await import('./csl-render');
  return renderCitation(item, style, locale);
}

/** Text safe to place in HTML: a visited page's quote never becomes markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A quotation as students paste it: the quote, its in-text citation, then the reference. */
export async function quoteWithCitation(
  quote: string,
  page: CitablePage,
  style: CitationStyle,
  locale: CitationLocale,
): Promise<Formatted> {
  const item = toCSL(page);
  const [citation, reference] = await Promise.all([
    formatCitation(item, style, locale),
    formatBibliography([item], style, locale),
  ]);
  const text = quote.normalize('NFC').trim();
  return {
    text: `“${text}” ${citation.text}\n\n${reference.text}`,
    html: `<p>“${escapeHtml(text)}” ${citation.html}</p>\n${reference.html}`,
  };
}
