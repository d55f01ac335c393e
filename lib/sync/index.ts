// The sync file's pure functions: parse (never throws), merge (per record, last writer wins,
// order-independent) and serialise (canonical bytes). Other tools rely on these three names.
import { SYNC_FORMAT, SYNC_VERSION, SyncFile } from '../model/sync-file';
import { canonicalJson, canonicalOrder } from './canonical';
import { fileOf, laterInstant, newerVersion, versionsOf } from './versions';

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

/** Validates all of a sync file. Whatever the text, answers instead of throwing. */
export function parseSyncFile(text: string): ParseResult {
  try {
    if (typeof text !== 'string') return fail('not text');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail(`not JSON: ${(error as Error).message}`);
    }
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
    const result = SyncFile.safeParse(json);
    if (result.success) return { ok: true, file: result.data };
    return {
      ok: false,
      errors: result.error.issues
        .slice(0, MAX_ERRORS)
        .map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  } catch (error) {
    // A stack overflow on absurdly nested JSON, for one: still an answer, not a crash.
    return fail(`unreadable: ${(error as Error).message}`);
  }
}

/**
 * Merges two sync files record by record (see `compareVersions`). Records that only one side
 * knows are kept; a tombstone removes a record only if it is newer than the record's edits.
 */
export function mergeSyncFiles(a: SyncFile, b: SyncFile): SyncFile {
  const merged = versionsOf(a);
  for (const [key, version] of versionsOf(b)) {
    const mine = merged.get(key);
    merged.set(key, mine ? newerVersion(mine, version) : version);
  }
  return fileOf(laterInstant(a.exportedAt, b.exportedAt), merged.values());
}

function list(records: readonly unknown[]): string {
  if (records.length === 0) return '[]';
  return `[\n    ${records.map(canonicalJson).join(',\n    ')}\n  ]`;
}

/**
 * The sync file as canonical text: records in canonical order, one per line (a synced folder's
 * history then shows which records changed), keys sorted. Parse → serialise gives the same bytes.
 */
export function serializeSyncFile(file: SyncFile): string {
  const sorted = canonicalOrder(file);
  return [
    '{',
    `  "format": ${JSON.stringify(sorted.format)},`,
    `  "version": ${JSON.stringify(sorted.version)},`,
    `  "exportedAt": ${JSON.stringify(sorted.exportedAt)},`,
    `  "pages": ${list(sorted.pages)},`,
    `  "annotations": ${list(sorted.annotations)},`,
    `  "tombstones": ${list(sorted.tombstones)}`,
    '}',
    '',
  ].join('\n');
}
