// A small APA-style citation without citeproc, for the content script's selection toolbar:
// the content script must stay light, and the background (a service worker) cannot load
// citeproc on demand. For the usual web, news, blog and journal pages it writes what the
// APA 7 CSL style writes; the sidebar and library use citeproc for every style.
import type { Name } from '../model';
import type { CitationLocale, Formatted } from './citation';
import { toCSL, type CitablePage, type CslItem } from './csl-item';
import { escapeHtml, quoteBlock } from './html';

const TERMS: Record<CitationLocale, { etAl: string; noDate: string; months: string[] }> = {
  'en-US': {
    etAl: 'et al.',
    noDate: 'n.d.',
    months:
      'January February March April May June July August September October November December'.split(
        ' ',
      ),
  },
  // From the CSL vi-VN locale, as citeproc prints them.
  'vi-VN': {
    etAl: 'và c.s.',
    noDate: 'không ngày',
    months: [
      'Tháng Giêng',
      'Tháng Hai',
      'Tháng Ba',
      'Tháng Tư',
      'Tháng Năm',
      'Tháng Sáu',
      'Tháng Bảy',
      'Tháng Tám',
      'Tháng Chín',
      'Tháng Mười',
      'Tháng Mười Một',
      'Tháng Mười Hai',
    ],
  },
};

const initials = (given: string) =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toLocaleUpperCase()}.`)
        .join('-'),
    )
    .join(' ');

const surname = (name: Name) => ('literal' in name ? name.literal : name.family);
const inverted = (name: Name) =>
  'literal' in name
    ? name.literal
    : name.given
      ? `${name.family}, ${initials(name.given)}`
      : name.family;

/** APA lists up to 20 authors, the last after "&"; beyond that, 19, an ellipsis and the last. */
function authorList(names: readonly Name[]): string {
  const all = names.map(inverted);
  if (all.length === 1) return all[0]!;
  if (all.length > 20) return `${all.slice(0, 19).join(', ')}, . . . ${all.at(-1)}`;
  return `${all.slice(0, -1).join(', ')}, & ${all.at(-1)}`;
}

function inTextAuthors(names: readonly Name[], locale: CitationLocale): string {
  if (names.length === 1) return surname(names[0]!);
  if (names.length === 2) return `${surname(names[0]!)} & ${surname(names[1]!)}`;
  return `${surname(names[0]!)} ${TERMS[locale].etAl}`;
}

function year(item: CslItem, locale: CitationLocale): string {
  return item.issued ? String(item.issued['date-parts'][0][0]) : TERMS[locale].noDate;
}

/** Journals give the year; news, blogs and web pages the full date they have. */
function referenceDate(item: CslItem, locale: CitationLocale): string {
  const [y, month, day] = item.issued?.['date-parts'][0] ?? [];
  if (y === undefined) return TERMS[locale].noDate;
  if (item.type === 'article-journal' || month === undefined) return String(y);
  return `${y}, ${TERMS[locale].months[month - 1]}${day ? ` ${day}` : ''}`;
}

/** Both flavours at once: `parts` are plain strings or `{ em }` for italic text. */
function render(parts: (string | { em: string })[]): Formatted {
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : p.em)).join(''),
    html: parts
      .map((p) => (typeof p === 'string' ? escapeHtml(p) : `<i>${escapeHtml(p.em)}</i>`))
      .join(''),
  };
}

const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function quickCitation(item: CslItem, locale: CitationLocale): Formatted {
  const who = item.author?.length ? inTextAuthors(item.author, locale) : `“${item.title}”`;
  return render([`(${who}, ${year(item, locale)})`]);
}

export function quickReference(item: CslItem, locale: CitationLocale): Formatted {
  const date = `(${referenceDate(item, locale)}).`;
  const head = item.author?.length
    ? [`${sentence(authorList(item.author))} ${date} ${sentence(item.title)}`]
    : [`${sentence(item.title)} ${date}`];
  const container = item['container-title'];
  const source: (string | { em: string })[] = [];
  if (item.type === 'article-journal' && container) {
    source.push(' ', { em: container });
    if (item.volume) source.push(', ', { em: item.volume });
    if (item.issue) source.push(`${item.volume ? '' : ', '}(${item.issue})`);
    if (item.page) source.push(`, ${item.page.replace(/\s*[-–—]+\s*/g, '–')}`);
    source.push('.');
  } else if (container) {
    source.push(' ', item.type === 'webpage' ? container : { em: container }, '.');
  }
  const link = item.DOI ? `https://doi.org/${item.DOI}` : item.URL;
  return render([...head, ...source, ` ${link}`]);
}

/**
 * The toolbar's "Copy quote with citation": the quote, an APA in-text citation and the
 * reference, as plain text and HTML, without loading citeproc.
 */
export function quickQuoteWithCitation(
  quote: string,
  page: CitablePage,
  locale: CitationLocale,
): Formatted {
  const item = toCSL(page);
  const reference = quickReference(item, locale);
  return quoteBlock(quote, quickCitation(item, locale), {
    ...reference,
    html: `<p>${reference.html}</p>`,
  });
}
