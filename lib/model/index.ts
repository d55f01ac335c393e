// The one source of Gloss's types. Everything stored, synced or sent between contexts is
// parsed with these schemas; TypeScript types are inferred from them, never written twice.
import { z } from 'zod';

/** Limits that keep a hostile page or file from filling the database. */
export const LIMITS = {
  /** A highlighted passage; a whole chapter is fine, a whole book is not. */
  quote: 100_000,
  /** Context kept on each side of the quote to tell repeated passages apart. */
  context: 64,
  /** A note: long essays fit; a 50 MB blob is refused with a message. */
  note: 1_000_000,
  tag: 100,
  tags: 100,
  text: 10_000,
  url: 8_192,
} as const;

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const Colour = z.enum(COLOURS);
export type Colour = z.infer<typeof Colour>;

/** ISO 8601 instants as `Date.prototype.toISOString()` writes them: they sort as strings. */
export const Timestamp = z.iso.datetime();
export const Id = z.uuid();

export const TextQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(LIMITS.quote),
  prefix: z.string().max(LIMITS.quote).optional(),
  suffix: z.string().max(LIMITS.quote).optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const TextPositionSelector = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const Selector = z.discriminatedUnion('type', [TextQuoteSelector, TextPositionSelector]);
export type Selector = z.infer<typeof Selector>;

/** A selector list is usable only with a quote: positions alone cannot say a passage is gone. */
export const Selectors = z
  .array(Selector)
  .min(1)
  .max(8)
  .refine((list) => list.some((s) => s.type === 'TextQuoteSelector'), {
    message: 'a TextQuoteSelector is required',
  });

/** Tags are trimmed, NFC, and compared as written (case kept: "UN" and "un" differ). */
export const Tag = z
  .string()
  .transform((t) => t.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(LIMITS.tag));

const record = {
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** A tombstone: the record is deleted from this moment on, and merges keep it deleted. */
  deletedAt: Timestamp.optional(),
};

/** One person or organisation as CSL writes names; `literal` keeps organisations whole. */
export const Name = z.union([
  z.strictObject({ literal: z.string().min(1).max(LIMITS.text) }),
  z.strictObject({
    family: z.string().min(1).max(LIMITS.text),
    given: z.string().max(LIMITS.text).optional(),
  }),
]);
export type Name = z.infer<typeof Name>;

/**
 * Citation data of a page, in CSL-JSON terms. Extracted when the page is first highlighted;
 * the reader's corrections are kept in `Page.citationEdits`, which win over these.
 */
export const Citation = z.strictObject({
  type: z
    .enum(['webpage', 'article-newspaper', 'article-journal', 'post-weblog', 'article', 'report'])
    .optional(),
  title: z.string().max(LIMITS.text).optional(),
  author: z.array(Name).max(500).optional(),
  issued: z.string().max(40).optional(),
  containerTitle: z.string().max(LIMITS.text).optional(),
  publisher: z.string().max(LIMITS.text).optional(),
  volume: z.string().max(100).optional(),
  issue: z.string().max(100).optional(),
  page: z.string().max(100).optional(),
  DOI: z.string().max(500).optional(),
  ISSN: z.string().max(100).optional(),
  pdfUrl: z.string().max(LIMITS.url).optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Page = z.strictObject({
  ...record,
  /** The normalised URL (see lib/url.ts): the key by which a visit finds its annotations. */
  url: z.string().min(1).max(LIMITS.url),
  canonicalUrl: z.string().max(LIMITS.url).optional(),
  title: z.string().max(LIMITS.text),
  byline: z.string().max(LIMITS.text).optional(),
  siteName: z.string().max(LIMITS.text).optional(),
  publishedTime: z.string().max(40).optional(),
  lang: z.string().max(35).optional(),
  dir: z.enum(['ltr', 'rtl', 'auto']).optional(),
  excerpt: z.string().max(LIMITS.text).optional(),
  citation: Citation.optional(),
  citationEdits: Citation.optional(),
});
export type Page = z.infer<typeof Page>;

export const Annotation = z.strictObject({
  ...record,
  /** The page's id: derived from its normalised URL (see `pageId`), the same in every browser. */
  pageId: Id,
  selectors: Selectors,
  colour: Colour,
  /** Markdown, shown rendered and sanitised; never written into the visited page. */
  note: z.string().max(LIMITS.note),
  tags: z
    .array(Tag)
    .max(LIMITS.tags)
    .refine((tags) => new Set(tags).size === tags.length, { message: 'duplicate tag' }),
});
export type Annotation = z.infer<typeof Annotation>;

/** The exact quote of an annotation: its TextQuoteSelector's text. */
export function quoteOf(annotation: Pick<Annotation, 'selectors'>): string {
  const quote = annotation.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.exact ?? '';
}

/** Where the passage started in the page text when it was made: the document order key. */
export function startOf(annotation: Pick<Annotation, 'selectors'>): number {
  const position = annotation.selectors.find((s) => s.type === 'TextPositionSelector');
  return position?.start ?? Number.MAX_SAFE_INTEGER;
}

/** What re-attaching an annotation on the page found. */
export const AnchorState = z.enum(['anchored', 'changed', 'orphan']);
export type AnchorState = z.infer<typeof AnchorState>;
