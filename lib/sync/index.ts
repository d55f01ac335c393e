// The sync file's pure functions: parse (never throws), merge (per record, last writer wins,
// order-independent) and serialise (canonical bytes). Other tools rely on these three names.
import type { SyncFile } from '../model/sync-file';
import { canonicalJson, canonicalOrder } from './canonical';
import { fileOf, laterInstant, newerVersion, versionsOf } from './versions';

export { parseSyncFile, type ParseResult, type SyncError } from './parse';

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
