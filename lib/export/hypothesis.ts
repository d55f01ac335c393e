// Importing other tools' exports: Hypothesis's JSON export and W3C Web Annotations (ours or
// another tool's). Each becomes a sync file, imported through the same path as Gloss's own.
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { COLOURS, LIMITS, type Colour } from '../model';
import { SYNC_FORMAT, SYNC_VERSION } from '../model/sync-file';
import { parseSyncFile, type ParseResult } from '../sync';
import { parseSyncJson } from '../sync/parse';
import { normalizeUrl, pageIdOf } from '../url';
import { STYLE_CLASS_PREFIX } from './w3c';

/** Namespace for ids derived from other tools' ids: importing twice gives the same records. */
const IMPORT_NAMESPACE = '8f3c1d2e-7a6b-4c5d-9e0f-1a2b3c4d5e6f';

const ImportedSelector = z.looseObject({ type: z.string() });
const Target = z.looseObject({
  source: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
  selector: z.union([ImportedSelector, z.array(ImportedSelector)]).optional(),
  styleClass: z.string().optional(),
});

const HypothesisExport = z.looseObject({
  export_date: z.string(),
  annotations: z.array(
    z.looseObject({
      id: z.string(),
      created: z.string(),
      updated: z.string(),
      uri: z.string(),
      text: z.string().optional(),
      tags: z.array(z.string()).optional(),
      target: z.array(Target),
      document: z.looseObject({ title: z.array(z.string()).optional() }).optional(),
    }),
  ),
});

const Body = z.looseObject({
  type: z.string().optional(),
  value: z.string().optional(),
  purpose: z.union([z.string(), z.array(z.string())]).optional(),
});
const WebAnnotationInput = z.looseObject({
  id: z.string(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([Body, z.array(Body)]).optional(),
  target: z.union([z.string(), Target, z.array(z.union([z.string(), Target]))]),
});
const WebAnnotationsInput = z.union([
  z.looseObject({
    type: z.literal('AnnotationCollection'),
    first: z.looseObject({ items: z.array(WebAnnotationInput) }),
  }),
  z.looseObject({ type: z.literal('AnnotationPage'), items: z.array(WebAnnotationInput) }),
  z.array(WebAnnotationInput),
  WebAnnotationInput,
]);

/** What both formats come down to before they become sync records. */
interface Imported {
  /** The other tool's id, or ours when it is a `urn:uuid:`. */
  id: string;
  url: string;
  title?: string;
  created: string;
  modified: string;
  selectors: unknown[];
  note: string;
  tags: string[];
  colour: Colour;
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Any date the other tool wrote, as the instant Gloss stores; `fallback` when unreadable. */
function instant(text: string | undefined, fallback: string): string {
  const time = text === undefined ? NaN : Date.parse(text);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

/** The selectors Gloss understands; others (RangeSelector, XPath...) are dropped. */
function knownSelectors(selectors: z.infer<typeof ImportedSelector>[]): unknown[] {
  return selectors
    .filter((s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')
    .map((s) =>
      s.type === 'TextQuoteSelector'
        ? { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix }
        : { type: s.type, start: s.start, end: s.end },
    );
}

/** The sync file of the imported annotations; those without a quote or a web page are skipped. */
function toSyncFile(items: Imported[], exportedAt: string): ParseResult {
  const pages = new Map<string, object>();
  const annotations: object[] = [];
  for (const item of items) {
    const url = normalizeUrl(item.url);
    const selectors = item.selectors;
    if (!url || !selectors.some((s) => (s as { type: string }).type === 'TextQuoteSelector'))
      continue;
    const pageId = pageIdOf(url);
    const page = pages.get(pageId) as { createdAt: string } | undefined;
    if (!page || item.created < page.createdAt) {
      const title = (item.title ?? url).slice(0, LIMITS.text);
      // Last modified at the epoch: a page this browser already has (with its real title and
      // citation) always wins the merge over one known only from another tool.
      const updatedAt = new Date(0).toISOString();
      pages.set(pageId, { id: pageId, url, title, createdAt: item.created, updatedAt });
    }
    const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(item.id)?.[1];
    annotations.push({
      id: uuid ?? uuidv5(item.id, IMPORT_NAMESPACE),
      pageId,
      selectors,
      colour: item.colour,
      note: item.note,
      tags: [
        ...new Set(item.tags.map((t) => t.normalize('NFC').trim().replace(/\s+/g, ' '))),
      ].filter(Boolean),
      createdAt: item.created,
      updatedAt: item.modified < item.created ? item.created : item.modified,
    });
  }
  const file = {
    format: SYNC_FORMAT,
    version: SYNC_VERSION,
    exportedAt,
    pages: [...pages.values()],
    annotations,
    tombstones: [],
  };
  // The same validation as any sync file: a hostile export gets the same answers.
  return parseSyncFile(JSON.stringify(file));
}

const invalid = (error: z.ZodError): ParseResult => ({
  ok: false,
  errors: error.issues
    .slice(0, 50)
    .map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
});

/** Hypothesis's JSON export (`{export_date, annotations}`) as a sync file. */
export function fromHypothesis(json: unknown, now = new Date().toISOString()): ParseResult {
  const parsed = HypothesisExport.safeParse(json);
  if (!parsed.success) return invalid(parsed.error);
  const exportedAt = instant(parsed.data.export_date, now);
  const items = parsed.data.annotations.map((a): Imported => {
    const created = instant(a.created, exportedAt);
    return {
      id: `hypothesis:${a.id}`,
      url: a.uri,
      title: a.document?.title?.[0],
      created,
      modified: instant(a.updated, created),
      selectors: knownSelectors(a.target.flatMap((t) => asList(t.selector))),
      note: a.text ?? '',
      tags: a.tags ?? [],
      colour: 'yellow',
    };
  });
  return toSyncFile(items, exportedAt);
}

const hasPurpose = (body: z.infer<typeof Body>, purpose: string) =>
  asList(body.purpose).includes(purpose);

/** W3C Web Annotations (a collection, a page, a list or one annotation) as a sync file. */
export function fromWebAnnotations(json: unknown, now = new Date().toISOString()): ParseResult {
  const parsed = WebAnnotationsInput.safeParse(json);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  const list = Array.isArray(data)
    ? data
    : data.type === 'AnnotationCollection'
      ? (data.first as { items: z.infer<typeof WebAnnotationInput>[] }).items
      : data.type === 'AnnotationPage'
        ? (data.items as z.infer<typeof WebAnnotationInput>[])
        : [data as z.infer<typeof WebAnnotationInput>];
  const items = list.flatMap((a): Imported[] => {
    const target = asList(a.target).find((t) => typeof t !== 'string' && t.source !== undefined);
    if (!target || typeof target === 'string') return [];
    const source = target.source!;
    const bodies = asList(a.body).filter((b) => b.type === 'TextualBody' || b.value !== undefined);
    const colour = target.styleClass?.slice(STYLE_CLASS_PREFIX.length) as Colour | undefined;
    const created = instant(a.created, now);
    return [
      {
        id: a.id,
        url: typeof source === 'string' ? source : source.id,
        created,
        modified: instant(a.modified, created),
        selectors: knownSelectors(asList(target.selector)),
        note: bodies
          .filter((b) => !hasPurpose(b, 'tagging'))
          .map((b) => b.value ?? '')
          .join('\n\n'),
        tags: bodies.filter((b) => hasPurpose(b, 'tagging')).map((b) => b.value ?? ''),
        colour: colour && COLOURS.includes(colour) ? colour : 'yellow',
      },
    ];
  });
  return toSyncFile(items, now);
}

/**
 * Any file the import button accepts: a Gloss sync file, a Hypothesis export or W3C Web
 * Annotations, told apart by their own markers.
 */
export function parseImportFile(text: string, now = new Date().toISOString()): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return parseSyncFile(text);
  }
  if (typeof json === 'object' && json !== null) {
    if ('export_date' in json) return fromHypothesis(json, now);
    if (Array.isArray(json) || '@context' in json) return fromWebAnnotations(json, now);
  }
  return parseSyncJson(json);
}
