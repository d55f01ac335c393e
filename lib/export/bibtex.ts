// BibTeX and BibLaTeX from CSL items. Text stays NFC UTF-8 (Vietnamese ả, ơ, ư have no LaTeX
// accent commands); LaTeX's special characters are escaped; organisations are braced so that
// BibTeX never splits them into given and family names. See docs/citations.md for targets.
import type { Name } from '../model';
import type { CslDate, CslItem, CslType } from './csl-item';
import { withoutDiacritics } from '../text';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Field text for LaTeX: special characters escaped, one line, NFC. */
function escapeLatex(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);
}

/**
 * URL and DOI fields are verbatim in BibLaTeX and go to `\url` in BibTeX styles: not escaped,
 * but a brace or backslash would unbalance the entry, so those are percent-encoded.
 */
const verbatim = (text: string) =>
  text.replace(
    /[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

function bibName(name: Name): string {
  if ('literal' in name) return `{${escapeLatex(name.literal)}}`;
  // A name part with " and " or a comma in it would end or split the name: brace it.
  const part = (text: string) =>
    /\sand\s|,/i.test(text) ? `{${escapeLatex(text)}}` : escapeLatex(text);
  return name.given ? `${part(name.family)}, ${part(name.given)}` : part(name.family);
}

/** ASCII letters and digits of a text: diacritics folded (ễ→e, Đ→D), everything else dropped. */
const foldAscii = (text: string) => withoutDiacritics(text).replace(/[^A-Za-z0-9]/g, '');

/** Stable, unique ASCII keys: first author, year, first title word ("doe2021reading"). */
function citationKeys(items: readonly CslItem[]): string[] {
  const used = new Map<string, number>();
  return items.map((item) => {
    const first = item.author?.[0];
    const who = first
      ? 'literal' in first
        ? first.literal
        : first.family
      : (item['container-title'] ?? '');
    const year = item.issued?.['date-parts'][0][0] ?? '';
    const word =
      item.title
        .split(/\s+/)
        .map(foldAscii)
        .find((w) => w.length >= 3) ?? '';
    const base = `${foldAscii(who).slice(0, 20)}${year}${word}`.toLowerCase() || 'item';
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    // The second "doe2021reading" becomes "doe2021readinga", the third "...b".
    return count === 0 ? base : base + toLetters(count - 1);
  });
}

function toLetters(n: number): string {
  return (n >= 26 ? toLetters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(97 + (n % 26));
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (date: CslDate) =>
  date['date-parts'][0].map((n, i) => (i === 0 ? String(n) : pad(n))).join('-');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Babel/polyglossia names for `langid`, for the languages Gloss meets most. */
const LANGIDS: Record<string, string> = {
  vi: 'vietnamese',
  en: 'english',
  fr: 'french',
  de: 'ngerman',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  ru: 'russian',
  ja: 'japanese',
  ko: 'korean',
};

type Field = [name: string, value: string | undefined, raw?: 'raw'];

function entry(type: string, key: string, fields: Field[]): string {
  const lines = fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value, raw]) => `  ${name} = ${raw ? value : `{${value}}`}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

const isEnglish = (item: CslItem) => !item.language || /^en(?:-|$)/i.test(item.language);

/** Title, braced whole when not English, so that styles do not re-case another language. */
const title = (item: CslItem) =>
  isEnglish(item) ? escapeLatex(item.title) : `{${escapeLatex(item.title)}}`;
const esc = (text: string | undefined) => (text === undefined ? undefined : escapeLatex(text));
const pages = (page: string | undefined) => esc(page)?.replace(/\s*[-–—]+\s*/g, '--');

function common(item: CslItem): Field[] {
  return [
    ['author', item.author?.map(bibName).join(' and ')],
    ['title', title(item)],
  ];
}

function identifiers(item: CslItem): Field[] {
  return [
    ['volume', esc(item.volume)],
    ['number', esc(item.issue)],
    ['pages', pages(item.page)],
    ['publisher', esc(item.publisher)],
    ['issn', esc(item.ISSN)],
    ['doi', item.DOI && verbatim(item.DOI)],
    ['url', verbatim(item.URL)],
  ];
}

const BIBTEX_TYPES: Record<CslType, string> = {
  'article-journal': 'article',
  'article-newspaper': 'article',
  report: 'techreport',
  webpage: 'misc',
  'post-weblog': 'misc',
  article: 'misc',
};

/** Classic BibTeX: `year` and `month` (as the month macro), the access date in `urldate` and `note`. */
export function toBibTeX(items: readonly CslItem[]): string {
  const keys = citationKeys(items);
  return items
    .map((item, i) => {
      const type = BIBTEX_TYPES[item.type];
      const [year, month] = item.issued?.['date-parts'][0] ?? [];
      const container = esc(item['container-title']);
      const accessed = item.accessed && isoDate(item.accessed);
      return entry(type, keys[i]!, [
        ...common(item),
        [
          type === 'article' ? 'journal' : type === 'techreport' ? 'institution' : 'howpublished',
          container,
        ],
        ['year', year === undefined ? undefined : String(year)],
        ['month', month === undefined ? undefined : MONTHS[month - 1], 'raw'],
        ...identifiers(item),
        ['urldate', accessed],
        // Classic styles print no `urldate`; the note keeps the access date visible in them.
        ['note', accessed && `Accessed ${accessed}`],
      ]);
    })
    .join('\n');
}

const BIBLATEX_TYPES: Record<CslType, string> = {
  'article-journal': 'article',
  'article-newspaper': 'article',
  report: 'report',
  webpage: 'online',
  'post-weblog': 'online',
  article: 'online',
};

/** BibLaTeX (for biber): ISO `date` and `urldate`, `journaltitle`, `langid`, UTF-8 throughout. */
export function toBibLaTeX(items: readonly CslItem[]): string {
  const keys = citationKeys(items);
  return items
    .map((item, i) => {
      const type = BIBLATEX_TYPES[item.type];
      const container = esc(item['container-title']);
      return entry(type, keys[i]!, [
        ['entrysubtype', item.type === 'article-newspaper' ? 'newspaper' : undefined],
        ['type', type === 'report' ? 'techreport' : undefined],
        ...common(item),
        [
          type === 'article' ? 'journaltitle' : type === 'report' ? 'institution' : 'organization',
          container,
        ],
        ['date', item.issued && isoDate(item.issued)],
        ...identifiers(item),
        ['urldate', item.accessed && isoDate(item.accessed)],
        ['langid', item.language ? LANGIDS[item.language.slice(0, 2).toLowerCase()] : undefined],
      ]);
    })
    .join('\n');
}
