import fc from 'fast-check';
import { mergeSyncFiles, parseSyncFile, serializeSyncFile } from '../../lib/sync';
import type { SyncFile } from '../../lib/model/sync-file';
import { compareInstants } from '../../lib/sync/versions';
import { bytes, syncFile } from './arbitraries';

const RUNS = { numRuns: 2000 };
const merge = mergeSyncFiles;

describe('mergeSyncFiles', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(syncFile, (a) => bytes(merge(a, a)) === bytes(a)),
      RUNS,
    );
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(syncFile, syncFile, (a, b) => bytes(merge(a, b)) === bytes(merge(b, a))),
      RUNS,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(
        syncFile,
        syncFile,
        syncFile,
        (a, b, c) => bytes(merge(merge(a, b), c)) === bytes(merge(a, merge(b, c))),
      ),
      RUNS,
    );
  });

  it('gives a valid file', () => {
    fc.assert(
      fc.property(syncFile, syncFile, (a, b) => parseSyncFile(bytes(merge(a, b))).ok),
      RUNS,
    );
  });

  it('loses nothing that the newer side did not delete', () => {
    const versions = (f: SyncFile) =>
      new Map<string, { updatedAt: string; deleted: boolean }>([
        ...f.pages.map(
          (p) => [`page:${p.id}`, { updatedAt: p.updatedAt, deleted: false }] as const,
        ),
        ...f.annotations.map(
          (x) => [`annotation:${x.id}`, { updatedAt: x.updatedAt, deleted: false }] as const,
        ),
        ...f.tombstones.map(
          (t) => [`${t.kind}:${t.id}`, { updatedAt: t.updatedAt, deleted: true }] as const,
        ),
      ]);
    fc.assert(
      fc.property(syncFile, syncFile, (a, b) => {
        const merged = versions(merge(a, b));
        const [va, vb] = [versions(a), versions(b)];
        for (const key of new Set([...va.keys(), ...vb.keys()])) {
          const out = merged.get(key);
          if (!out) return false;
          // The merged version is at least as new as each side's: a live record goes only
          // under a tombstone at least as new as its last edit.
          for (const side of [va.get(key), vb.get(key)]) {
            if (side && Date.parse(out.updatedAt) < Date.parse(side.updatedAt)) return false;
          }
          if (out.deleted && ![va.get(key), vb.get(key)].some((side) => side?.deleted))
            return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('round-trips: serialise → parse → serialise is byte-identical', () => {
    fc.assert(
      fc.property(syncFile, (a) => {
        const text = serializeSyncFile(a);
        const parsed = parseSyncFile(text);
        return parsed.ok && serializeSyncFile(parsed.file) === text;
      }),
      RUNS,
    );
  });

  const base: SyncFile = {
    format: 'gloss-sync',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    pages: [],
    annotations: [],
    tombstones: [],
  };
  const note = (note: string, updatedAt: string) => ({
    id: '00000000-0000-4000-8000-0000000000aa',
    pageId: '00000000-0000-4000-8000-0000000000bb',
    selectors: [{ type: 'TextQuoteSelector' as const, exact: 'x' }],
    colour: 'yellow' as const,
    note,
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
  });

  it('keeps the newer edit and lets a newer tombstone delete, an older one not', () => {
    const older = { ...base, annotations: [note('old', '2026-01-01T00:00:00.000Z')] };
    const newer = { ...base, annotations: [note('new', '2026-01-02T00:00:00.000Z')] };
    expect(merge(older, newer).annotations[0]?.note).toBe('new');
    const deletion = (at: string) => ({
      ...base,
      annotations: [],
      tombstones: [
        { id: note('', at).id, kind: 'annotation' as const, deletedAt: at, updatedAt: at },
      ],
    });
    const deleted = merge(newer, deletion('2026-01-03T00:00:00.000Z'));
    expect(deleted.annotations).toEqual([]);
    expect(deleted.tombstones).toHaveLength(1);
    const kept = merge(newer, deletion('2026-01-01T12:00:00.000Z'));
    expect(kept.annotations[0]?.note).toBe('new');
    expect(kept.tombstones).toEqual([]);
  });

  it('compares instants, not strings: .5 s is later than the whole second', () => {
    const a = { ...base, annotations: [note('whole', '2026-01-01T00:00:00Z')] };
    const b = { ...base, annotations: [note('half', '2026-01-01T00:00:00.5Z')] };
    expect(merge(a, b).annotations[0]?.note).toBe('half');
    expect(merge(b, a).annotations[0]?.note).toBe('half');
  });
});

describe('compareInstants', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z', 0],
    ['2026-01-01T00:00:00.5Z', '2026-01-01T00:00:00Z', 1],
    ['2026-01-01T00:00:00.0001Z', '2026-01-01T00:00:00.0002Z', -1],
    ['2026-01-01T00:00:00.999999999Z', '2026-01-01T00:00:01Z', -1],
    ['2025-12-31T23:59:59.9Z', '2026-01-01T00:00:00Z', -1],
  ])('%s vs %s → %i', (x, y, order) => {
    expect(Math.sign(compareInstants(x, y))).toBe(order);
    expect(Math.sign(compareInstants(y, x))).toBe(-order || 0);
  });
});
