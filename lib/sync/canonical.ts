// Canonical form of sync data: equal contents give equal bytes, on every machine.
import type { SyncFile, Tombstone } from '../model/sync-file';

/** Strings by UTF-16 code units, not by locale: every machine sorts alike. */
export const compareCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const byId = (x: { id: string }, y: { id: string }) => compareCodeUnits(x.id, y.id);
const byIdThenKind = (x: Tombstone, y: Tombstone) => byId(x, y) || compareCodeUnits(x.kind, y.kind);

/** The canonical order: records by id, tombstones by id then kind. */
export function canonicalOrder(file: SyncFile): SyncFile {
  return {
    ...file,
    pages: [...file.pages].sort(byId),
    annotations: [...file.annotations].sort(byId),
    tombstones: [...file.tombstones].sort(byIdThenKind),
  };
}

/** A copy with object keys sorted by code unit at every depth and undefined members left out. */
function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedKeys);
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object).sort()) {
    const member = object[key];
    if (member !== undefined) out[key] = sortedKeys(member);
  }
  return out;
}

/** A record's canonical JSON: equal values give equal bytes, whatever order keys were set in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value));
}

/** Deep equality of JSON values, ignoring key order and undefined members; allocates little. */
export function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ys = y as unknown[];
    return x.length === ys.length && x.every((item, i) => sameJson(item, ys[i]));
  }
  const [a, b] = [x as Record<string, unknown>, y as Record<string, unknown>];
  let count = 0;
  for (const key in a) {
    if (a[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(b, key) || !sameJson(a[key], b[key])) return false;
  }
  for (const key in b) if (b[key] !== undefined) count--;
  return count === 0;
}
