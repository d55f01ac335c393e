// Large files are almost all annotations, and checking 100,000 of them through zod costs more
// than reading the JSON. This checks an annotation directly against the model's own rules,
// patterns and limits. It only ever says "valid, and already in the form zod would output";
// anything else (a doubt, an error) goes through zod, which keeps the final word and the
// messages. A property test holds the two to agreement (tests/sync/fast-path.test.ts).
import { COLOURS, Id, LIMITS, Timestamp } from '../model';
import { SyncAnnotation } from '../model/sync-file';

function patternOf(schema: { def: { pattern?: RegExp } }): RegExp {
  if (!schema.def.pattern) throw new Error('the model no longer states this format as a pattern');
  return schema.def.pattern;
}

const TIMESTAMP = patternOf(Timestamp);
const ID = patternOf(Id);
const ANNOTATION_KEYS = new Set(Object.keys(SyncAnnotation.shape));
const QUOTE_KEYS = new Set(['type', 'exact', 'prefix', 'suffix']);
const POSITION_KEYS = new Set(['type', 'start', 'end']);
const COLOUR_SET = new Set<unknown>(COLOURS);
const MAX_SELECTORS = 8;

/** A plain object, as JSON.parse makes them. */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function onlyKeys(value: Record<string, unknown>, allowed: Set<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

const isString = (value: unknown, max: number, min = 0): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

const optionalString = (value: unknown, max: number) => value === undefined || isString(value, max);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Selectors as `Selectors` accepts them: quotes and positions, at least one quote. */
function isSelectorList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_SELECTORS) return false;
  let quote = false;
  for (const s of value) {
    if (!isObject(s)) return false;
    if (s.type === 'TextQuoteSelector') {
      quote = true;
      if (!onlyKeys(s, QUOTE_KEYS) || !isString(s.exact, LIMITS.quote, 1)) return false;
      if (!optionalString(s.prefix, LIMITS.quote) || !optionalString(s.suffix, LIMITS.quote))
        return false;
    } else if (s.type === 'TextPositionSelector') {
      if (!onlyKeys(s, POSITION_KEYS) || !isCount(s.start) || !isCount(s.end)) return false;
      if (s.end <= s.start) return false;
    } else return false;
  }
  return quote;
}

/** Tags already in the form the model's transform gives them (NFC, trimmed), unique. */
function isTagList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > LIMITS.tags) return false;
  const seen = new Set<string>();
  for (const tag of value) {
    if (!isString(tag, LIMITS.tag, 1) || seen.has(tag)) return false;
    if (tag !== tag.normalize('NFC').trim().replace(/\s+/g, ' ')) return false;
    seen.add(tag);
  }
  return true;
}

/** True only when `SyncAnnotation` would accept the value and output it unchanged. */
export function isPlainAnnotation(value: unknown): boolean {
  return (
    isObject(value) &&
    onlyKeys(value, ANNOTATION_KEYS) &&
    typeof value.id === 'string' &&
    ID.test(value.id) &&
    typeof value.pageId === 'string' &&
    ID.test(value.pageId) &&
    typeof value.createdAt === 'string' &&
    TIMESTAMP.test(value.createdAt) &&
    typeof value.updatedAt === 'string' &&
    TIMESTAMP.test(value.updatedAt) &&
    COLOUR_SET.has(value.colour) &&
    isString(value.note, LIMITS.note) &&
    isSelectorList(value.selectors) &&
    isTagList(value.tags)
  );
}
