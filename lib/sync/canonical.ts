// Canonical form of sync data: equal contents give equal bytes, on every machine.
import type { SyncFile, Tombstone } from '../model/sync-file';

// Ids compare by code unit, not by locale, so that every machine sorts alike.
export const byId = (x: { id: string }, y: { id: string }) =>
  x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
export const byIdThenKind = (x: Tombstone, y: Tombstone) =>
  byId(x, y) || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0);

/** The canonical order: records by id, tombstones by id then kind. */
export function canonicalOrder(file: SyncFile): SyncFile {
  return {
    ...file,
    pages: [...file.pages].sort(byId),
    annotations: [...file.annotations].sort(byId),
    tombstones: [...file.tombstones].sort(byIdThenKind),
  };
}

/** JSON with object keys sorted and undefined members left out: equal values, equal bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members: string[] = [];
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object).sort()) {
      const member = object[key];
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
    }
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}
