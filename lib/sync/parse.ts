// Reading a sync file: all of it is validated against the zod model, and the answer names the
// first bad fields; nothing thrown, whatever the input.
import {
  duplicateIds,
  SYNC_FORMAT,
  SYNC_VERSION,
  SyncAnnotation,
  SyncFile,
} from '../model/sync-file';
import { isPlainAnnotation } from './fast-path';

export interface SyncError {
  /** Where in the file, e.g. `annotations[3].selectors[0].end`; empty for the whole file. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; file: SyncFile } | { ok: false; errors: SyncError[] };

/** Enough to name the first bad fields without building a message per record of a huge file. */
const MAX_ERRORS = 50;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const fail = (message: string, path = ''): ParseResult => ({
  ok: false,
  errors: [{ path, message }],
});

type Issues = { path: readonly PropertyKey[]; message: string }[];
type Validation = { success: true; data: SyncFile } | { success: false; issues: Issues };

/**
 * The zod model's verdict on a whole file. Zod checks everything but the annotations; each
 * annotation takes the fast path or, failing it, zod; the file-wide rules then run over all.
 */
function validate(json: Record<string, unknown>): Validation {
  const { annotations } = json;
  if (!Array.isArray(annotations)) {
    const result = SyncFile.safeParse(json);
    return result.success ? result : { success: false, issues: result.error.issues };
  }
  const rest = SyncFile.safeParse({ ...json, annotations: [] });
  const issues: Issues = rest.success ? [] : [...rest.error.issues];
  const checked: SyncFile['annotations'] = [];
  annotations.forEach((annotation: unknown, i) => {
    if (isPlainAnnotation(annotation)) return void checked.push(annotation as SyncAnnotation);
    const result = SyncAnnotation.safeParse(annotation);
    if (result.success) checked.push(result.data);
    else
      for (const issue of result.error.issues)
        issues.push({ ...issue, path: ['annotations', i, ...issue.path] });
  });
  // As zod's own file-wide rule: only over records that are valid one by one. Pages and
  // tombstones among themselves were checked with the rest.
  if (checked.length === annotations.length) {
    const tombstones = rest.success ? rest.data.tombstones : [];
    issues.push(...duplicateIds({ pages: [], annotations: checked, tombstones }));
  }
  if (rest.success && issues.length === 0) {
    return { success: true, data: { ...rest.data, annotations: checked } };
  }
  return { success: false, issues };
}

/** Validates all of a sync file. Whatever the text, answers instead of throwing. */
export function parseSyncFile(text: string): ParseResult {
  if (typeof text !== 'string') return fail('not text');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Not JSON, or so deeply nested that reading it overflows the stack.
    return fail(`not JSON: ${(error as Error).message}`);
  }
  return parseSyncJson(json);
}

/** The same for a value already read from JSON (the import button reads it once). */
export function parseSyncJson(json: unknown): ParseResult {
  try {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return fail('not a Gloss sync file: expected a JSON object');
    }
    const head = json as { format?: unknown; version?: unknown };
    if (head.format !== SYNC_FORMAT) {
      return fail(`not a Gloss sync file: format must be "${SYNC_FORMAT}"`, 'format');
    }
    if (head.version !== SYNC_VERSION) {
      return fail(
        `version ${JSON.stringify(head.version)} is not supported; this Gloss reads version ${SYNC_VERSION}`,
        'version',
      );
    }
    const result = validate(json as Record<string, unknown>);
    if (result.success) return { ok: true, file: result.data };
    return {
      ok: false,
      errors: result.issues
        .slice(0, MAX_ERRORS)
        .map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  } catch (error) {
    // Whatever the value holds, still an answer, not a crash.
    return fail(`unreadable: ${(error as Error).message}`);
  }
}
