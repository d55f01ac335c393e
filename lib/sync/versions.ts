// Versions of one record and the order that decides which one a merge keeps.
import {
  SYNC_FORMAT,
  SYNC_VERSION,
  type RecordKind,
  type SyncAnnotation,
  type SyncFile,
  type SyncPage,
  type Tombstone,
} from '../model/sync-file';
import { canonicalJson, canonicalOrder, compareCodeUnits, sameJson } from './canonical';

/** One record's state in one file: the live record, or its tombstone. */
export type Version =
  | { kind: 'page'; record: SyncPage; tombstone?: undefined }
  | { kind: 'annotation'; record: SyncAnnotation; tombstone?: undefined }
  | { kind: RecordKind; record?: undefined; tombstone: Tombstone };

const updatedAtOf = (v: Version) => (v.tombstone ?? v.record).updatedAt;

/**
 * A total order on the versions of one record, so that merging is a max and therefore
 * idempotent, commutative and associative: the later `updatedAt` instant wins; on a tie a
 * tombstone wins over a live record; then the greater canonical JSON, an arbitrary but fixed
 * choice that every browser makes alike.
 */
export function compareVersions(x: Version, y: Version): number {
  const byTime = compareInstants(updatedAtOf(x), updatedAtOf(y));
  if (byTime !== 0) return byTime;
  const byDeletion = Number(x.tombstone !== undefined) - Number(y.tombstone !== undefined);
  if (byDeletion !== 0) return byDeletion;
  // Most ties are one record seen twice: tell that cheaply before writing JSON.
  if (sameJson(x.tombstone ?? x.record, y.tombstone ?? y.record)) return 0;
  const jx = canonicalJson(x.tombstone ?? x.record);
  const jy = canonicalJson(y.tombstone ?? y.record);
  return compareCodeUnits(jx, jy);
}

export const newerVersion = (x: Version, y: Version): Version =>
  compareVersions(x, y) >= 0 ? x : y;

/** Every record of a file, by kind and id. */
export function versionsOf(file: SyncFile): Map<string, Version> {
  const versions = new Map<string, Version>();
  for (const record of file.pages) versions.set(keyOf('page', record.id), { kind: 'page', record });
  for (const record of file.annotations) {
    versions.set(keyOf('annotation', record.id), { kind: 'annotation', record });
  }
  for (const tombstone of file.tombstones) {
    versions.set(keyOf(tombstone.kind, tombstone.id), { kind: tombstone.kind, tombstone });
  }
  return versions;
}

export const keyOf = (kind: RecordKind, id: string) => `${kind}:${id}`;

/** The file made of the given record versions, in canonical order. */
export function fileOf(exportedAt: string, versions: Iterable<Version>): SyncFile {
  const file: SyncFile = {
    format: SYNC_FORMAT,
    version: SYNC_VERSION,
    exportedAt,
    pages: [],
    annotations: [],
    tombstones: [],
  };
  for (const v of versions) {
    if (v.tombstone) file.tombstones.push(v.tombstone);
    else if (v.kind === 'page') file.pages.push(v.record);
    else file.annotations.push(v.record);
  }
  return canonicalOrder(file);
}

/** The later of two timestamps; equal instants written differently resolve alike everywhere. */
export function laterInstant(x: string, y: string): string {
  const byTime = compareInstants(x, y);
  return byTime > 0 || (byTime === 0 && x >= y) ? x : y;
}

/**
 * Orders two valid timestamps (`YYYY-MM-DDTHH:MM:SS[.fraction]Z`) by the instant they name,
 * exactly, at any precision: Date.parse keeps milliseconds only, and engines differ on more.
 */
export function compareInstants(x: string, y: string): number {
  const [wholeX, wholeY] = [x.slice(0, 19), y.slice(0, 19)];
  if (wholeX !== wholeY) return compareCodeUnits(wholeX, wholeY);
  // The fraction's digits, without "." and "Z", compared at the same length.
  const [fx, fy] = [x.slice(20, -1), y.slice(20, -1)];
  const width = Math.max(fx.length, fy.length);
  return compareCodeUnits(fx.padEnd(width, '0'), fy.padEnd(width, '0'));
}
