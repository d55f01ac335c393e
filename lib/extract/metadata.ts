// Citation metadata embedded in a page, one reader per tag family. Each returns what its
// family says, unchecked; index.ts merges them in the order of trust and cleans the values.
import type { Name } from '../model';

/** What one tag family says about the page. Strings are raw; names are unparsed. */
export interface Found {
  type?: 'webpage' | 'article-newspaper' | 'article-journal' | 'post-weblog' | 'report';
  title?: string;
  /** Raw name strings, or names whose parts the page gave (JSON-LD `Organization`, `familyName`). */
  authors?: (string | Name)[];
  issued?: string;
  containerTitle?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  firstPage?: string;
  lastPage?: string;
  DOI?: string;
  ISSN?: string;
  pdfUrl?: string;
  lang?: string;
}

/** Meta tags by lower-cased `name`, `property` or `itemprop`, in document order. */
export type MetaIndex = Map<string, string[]>;

/** Hostile pages may carry thousands of tags; a real one has well under a hundred. */
const MAX_META = 2_000;

export function indexMeta(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const meta = metas[i]!;
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const values = index.get(key) ?? [];
      values.push(content);
      index.set(key, values);
    }
  }
  return index;
}

const first = (meta: MetaIndex, ...keys: string[]) => {
  for (const key of keys) {
    const value = meta.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
};
const all = (meta: MetaIndex, ...keys: string[]) => keys.flatMap((key) => meta.get(key) ?? []);

const DOI = /\b10\.\d{4,9}\/\S+/;
const ISSN = /\b\d{4}-\d{3}[\dX]\b/i;

/** Highwire Press / Google Scholar tags: what scholarly publishers write for indexers. */
export function highwire(meta: MetaIndex): Found {
  const journal = first(meta, 'citation_journal_title', 'citation_conference_title');
  const report = first(meta, 'citation_technical_report_institution');
  return {
    type: journal ? 'article-journal' : report ? 'report' : undefined,
    title: first(meta, 'citation_title'),
    authors: [
      ...all(meta, 'citation_author'),
      // The older form puts every author in one tag, separated by semicolons.
      ...all(meta, 'citation_authors').flatMap((list) => list.split(';')),
    ],
    issued: first(
      meta,
      'citation_publication_date',
      'citation_date',
      'citation_online_date',
      'citation_cover_date',
      'citation_year',
    ),
    containerTitle: journal,
    publisher: first(meta, 'citation_publisher', 'citation_technical_report_institution'),
    volume: first(meta, 'citation_volume'),
    issue: first(meta, 'citation_issue'),
    firstPage: first(meta, 'citation_firstpage'),
    lastPage: first(meta, 'citation_lastpage'),
    DOI: first(meta, 'citation_doi')?.match(DOI)?.[0],
    ISSN: first(meta, 'citation_issn', 'citation_eissn'),
    pdfUrl: first(meta, 'citation_pdf_url'),
    lang: first(meta, 'citation_language'),
  };
}

/** Dublin Core, in its `DC.x`, `dc:x`, `dcterms.x` and `DCTERMS:x` spellings. */
export function dublinCore(meta: MetaIndex): Found {
  const dc = (...terms: string[]) =>
    terms.flatMap((term) =>
      ['dc.', 'dc:', 'dcterms.', 'dcterms:'].flatMap((prefix) => meta.get(prefix + term) ?? []),
    );
  const identifiers = dc('identifier');
  return {
    title: dc('title')[0],
    authors: dc('creator'),
    issued: dc('date.issued', 'issued', 'date', 'created', 'date.created')[0],
    publisher: dc('publisher')[0],
    containerTitle: dc('source', 'ispartof')[0],
    DOI: identifiers.map((id) => id.match(DOI)?.[0]).find(Boolean),
    ISSN: identifiers
      .filter((id) => /issn/i.test(id))
      .map((id) => id.match(ISSN)?.[0])
      .find(Boolean),
    lang: dc('language')[0],
  };
}

const isUrl = (value: string) => /^(?:https?:)?\/\//i.test(value.trim());

/** Open Graph and its `article:*` properties (authors there are often profile URLs: skipped). */
export function openGraph(meta: MetaIndex): Found {
  const ogType = first(meta, 'og:type')?.toLowerCase();
  const publisher = first(meta, 'article:publisher');
  return {
    type: ogType === 'article' || ogType === 'website' ? 'webpage' : undefined,
    title: first(meta, 'og:title'),
    authors: all(meta, 'article:author', 'og:article:author').filter((a) => !isUrl(a)),
    issued: first(meta, 'article:published_time', 'og:article:published_time'),
    containerTitle: first(meta, 'og:site_name'),
    publisher: publisher && !isUrl(publisher) ? publisher : undefined,
    lang: first(meta, 'og:locale')?.replace('_', '-'),
  };
}

/** The plain `<meta name="author">` and `<meta name="date">` many CMSs write. */
export function plainMeta(meta: MetaIndex): Found {
  return {
    authors: all(meta, 'author', 'parsely-author', 'sailthru.author').filter((a) => !isUrl(a)),
    issued: first(
      meta,
      'date',
      'pubdate',
      'publish-date',
      'publication_date',
      'parsely-pub-date',
      'sailthru.date',
      'datepublished',
    ),
  };
}

const ARTICLE_TYPES: Record<string, Found['type']> = {
  article: 'webpage',
  newsarticle: 'article-newspaper',
  reportagenewsarticle: 'article-newspaper',
  analysisnewsarticle: 'article-newspaper',
  opinionnewsarticle: 'article-newspaper',
  reviewnewsarticle: 'article-newspaper',
  backgroundnewsarticle: 'article-newspaper',
  scholarlyarticle: 'article-journal',
  medicalscholarlyarticle: 'article-journal',
  blogposting: 'post-weblog',
  liveblogposting: 'post-weblog',
  socialmediaposting: 'post-weblog',
  techarticle: 'webpage',
  report: 'report',
};

/** A JSON-LD script larger than this is not metadata; parsing it would only cost time. */
const MAX_JSON_LD = 500_000;
const MAX_NODES = 5_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function typesOf(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, '').toLowerCase());
}

/** The first schema.org article in the page's JSON-LD, looking inside arrays and `@graph`. */
function findArticle(doc: Document): { [key: string]: Json } | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    let data: Json;
    try {
      data = JSON.parse(source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue; // Broken JSON-LD is common; the other tag families still speak.
    }
    const queue: Json[] = [data];
    for (let seen = 0; queue.length > 0 && seen < MAX_NODES; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        if (typesOf(node).some((t) => t in ARTICLE_TYPES)) return node;
        const graph = node['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  return undefined;
}

const text = (value: Json | undefined): string | undefined => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text(value['name'] ?? value['@value']);
  return undefined;
};

/** schema.org JSON-LD: `Article` and its kinds (`NewsArticle`, `ScholarlyArticle`, `BlogPosting`...). */
export function jsonLd(doc: Document): Found {
  const article = findArticle(doc);
  if (!article) return {};
  const names: (string | Name)[] = [];
  const authors = article['author'] ?? article['creator'];
  for (const author of (Array.isArray(authors) ? authors : [authors]).slice(0, 500)) {
    if (typeof author === 'string') names.push(author);
    else if (author && typeof author === 'object' && !Array.isArray(author)) {
      const family = text(author['familyName']);
      const name = text(author['name']);
      if (family) names.push({ family, given: text(author['givenName']) });
      else if (name)
        names.push(typesOf(author).includes('organization') ? { literal: name } : name);
    }
  }
  const isPartOf = article['isPartOf'];
  return {
    authors: names,
    type: typesOf(article)
      .map((t) => ARTICLE_TYPES[t])
      .find(Boolean),
    title: text(article['headline']) ?? text(article['name']),
    issued: text(article['datePublished']) ?? text(article['dateCreated']),
    publisher: text(article['publisher']),
    containerTitle: isPartOf && typeof isPartOf === 'object' ? text(isPartOf) : undefined,
    volume: text(article['volumeNumber']),
    issue: text(article['issueNumber']),
    firstPage: text(article['pageStart']),
    lastPage: text(article['pageEnd']),
    lang: text(article['inLanguage']),
  };
}
