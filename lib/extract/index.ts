// What Gloss learns of a page when it is first highlighted: Readability's reading of the
// article (run once, on a copy) and the citation data the page carries.
//
// Citation fields are taken, field by field, from the first source that has a usable value,
// in this order of trust:
//   1. Highwire Press / Google Scholar `citation_*` tags (written by scholarly publishers),
//   2. Dublin Core (`DC.*`, `dcterms.*`),
//   3. Open Graph and `article:*`,
//   4. schema.org JSON-LD (`Article`, `NewsArticle`, `ScholarlyArticle`, `BlogPosting`...),
//   5. plain `<meta name="author">` / `<meta name="date">`,
//   6. Readability's byline, site name and date,
//   7. the first `<time datetime>` and the document's `<title>`.
// Authors come whole from the first source that names any. The item type comes from
// Highwire (a journal), then JSON-LD (news, scholarly, blog), else it is a web page.
import { Readability } from '@mozilla/readability';
import { Citation, LIMITS, type Name } from '../model';
import { PageDraft } from '../model/messages';
import { normalizeDate } from './dates';
import {
  dublinCore,
  highwire,
  indexMeta,
  jsonLd,
  openGraph,
  plainMeta,
  type Found,
} from './metadata';
import { displayName, parseByline, parseName } from './names';
import { cleanText } from './text';

interface Article {
  title?: string | null;
  byline?: string | null;
  dir?: string | null;
  lang?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

function readArticle(doc: Document): Article | null {
  try {
    // Readability rewrites the DOM it reads: it gets a copy, never the visited page.
    return new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    return null;
  }
}

function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.length <= LIMITS.url ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
function cleanLang(raw: string | null | undefined): string | undefined {
  const lang = raw?.trim().replace(/_/g, '-');
  return lang && lang.length <= 35 && LANG.test(lang) ? lang : undefined;
}

function cleanName(
  name: string | Name,
  lang: string | undefined,
  organisations: string[],
): Name | undefined {
  if (typeof name === 'string') return parseName(name, lang, organisations);
  if ('literal' in name) {
    const literal = cleanText(name.literal, LIMITS.text);
    return literal ? { literal } : undefined;
  }
  const family = cleanText(name.family, LIMITS.text);
  const given = cleanText(name.given, LIMITS.text);
  if (!family) return undefined;
  return given ? { family, given } : { family };
}

function firstOf<T>(sources: Found[], pick: (found: Found) => T | undefined): T | undefined {
  for (const found of sources) {
    const value = pick(found);
    if (value !== undefined) return value;
  }
  return undefined;
}

const DOI = /^10\.\d{4,9}\/\S+$/;
const ISSN = /^\d{4}-\d{3}[\dX]$/i;
const SHORT = 100;

function buildCitation(sources: Found[], lang: string | undefined, url: string): Citation {
  const str = (max: number) => (pick: (found: Found) => string | undefined) =>
    firstOf(sources, (found) => cleanText(pick(found), max));
  const text = str(LIMITS.text);
  const short = str(SHORT);
  const containerTitle = text((f) => f.containerTitle);
  const publisher = text((f) => f.publisher);
  const organisations = [containerTitle, publisher].filter((o): o is string => o !== undefined);
  const author = firstOf(sources, (found) => {
    const names = (found.authors ?? [])
      .slice(0, 500)
      .flatMap((name) => cleanName(name, lang, organisations) ?? []);
    return names.length > 0 ? names : undefined;
  });
  const firstPage = short((f) => f.firstPage);
  const lastPage = short((f) => f.lastPage);
  const page =
    firstPage && lastPage && lastPage !== firstPage ? `${firstPage}-${lastPage}` : firstPage;
  const citation: Citation = {
    type: firstOf(sources, (f) => (f.type === 'webpage' ? undefined : f.type)) ?? 'webpage',
    title: text((f) => f.title),
    author,
    issued: firstOf(sources, (f) => normalizeDate(f.issued, lang)),
    containerTitle,
    publisher,
    volume: short((f) => f.volume),
    issue: short((f) => f.issue),
    page: page && page.length <= SHORT ? page : undefined,
    DOI: firstOf(sources, (f) => {
      const doi = f.DOI?.trim().replace(/^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)/i, '');
      return doi && doi.length <= 500 && DOI.test(doi) ? doi : undefined;
    }),
    ISSN: firstOf(sources, (f) =>
      f.ISSN && ISSN.test(f.ISSN.trim()) ? f.ISSN.trim().toUpperCase() : undefined,
    ),
    pdfUrl: firstOf(sources, (f) => absoluteUrl(f.pdfUrl, url)),
  };
  return Object.fromEntries(
    Object.entries(citation).filter(([, v]) => v !== undefined),
  ) as Citation;
}

/** Formats citation names back into a byline, for pages where Readability found none. */
function bylineOf(
  names: readonly Name[] | undefined,
  lang: string | undefined,
): string | undefined {
  if (!names?.length) return undefined;
  const byline = names.map((name) => displayName(name, lang));
  return cleanText(byline.join(', '), LIMITS.text);
}

function extract(doc: Document, url: string): PageDraft {
  const meta = indexMeta(doc);
  const article = readArticle(doc);
  const ld = jsonLd(doc);
  const sources = [highwire(meta), dublinCore(meta), openGraph(meta), ld, plainMeta(meta)];
  const lang =
    cleanLang(article?.lang) ??
    cleanLang(doc.documentElement?.getAttribute('lang')) ??
    firstOf(sources, (f) => cleanLang(f.lang));
  const knownSites = sources.flatMap((f) =>
    [f.containerTitle, f.publisher].filter((s): s is string => !!s),
  );
  sources.push(
    {
      title: article?.title ?? undefined,
      authors: article?.byline ? parseByline(article.byline, lang, knownSites) : [],
      containerTitle: article?.siteName ?? undefined,
      issued: article?.publishedTime ?? undefined,
    },
    {
      title: doc.title,
      issued:
        (
          doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]')
        )?.getAttribute('datetime') ?? undefined,
    },
  );
  const citation = buildCitation(sources, lang, url);
  const dir = article?.dir?.toLowerCase();
  return {
    url,
    canonicalUrl: absoluteUrl(
      doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
      url,
    ),
    title:
      cleanText(article?.title, LIMITS.text) ?? citation.title ?? cleanText(url, LIMITS.text) ?? '',
    byline: cleanText(article?.byline, LIMITS.text) ?? bylineOf(citation.author, lang),
    siteName: cleanText(article?.siteName, LIMITS.text) ?? citation.containerTitle,
    publishedTime: normalizeDate(article?.publishedTime ?? undefined, lang) ?? citation.issued,
    lang,
    dir: dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined,
    excerpt: cleanText(article?.excerpt, LIMITS.text),
    citation,
  };
}

/**
 * The page record for `url` (as given) from the document: Readability's title, byline, site,
 * date, language, direction and excerpt, the canonical link, and the citation data. Never
 * throws: a hostile or broken page yields what could be read, at worst the URL as title.
 */
export function extractPage(doc: Document, url: string): PageDraft {
  try {
    const draft = PageDraft.safeParse(
      Object.fromEntries(Object.entries(extract(doc, url)).filter(([, v]) => v !== undefined)),
    );
    if (draft.success) return draft.data;
  } catch {
    // Fall through to the minimal record below.
  }
  return { url: url.slice(0, LIMITS.url), title: cleanText(url, LIMITS.text) ?? '' };
}
