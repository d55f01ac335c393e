// Generators of valid sync files for property tests: few ids and timestamps, so that the same
// record often appears in several files with different versions, ties included.
import fc from 'fast-check';
import { COLOURS } from '../../lib/model';
import type { SyncAnnotation, SyncFile, SyncPage, Tombstone } from '../../lib/model/sync-file';
import { serializeSyncFile } from '../../lib/sync';
import { pageIdOf } from '../../lib/url';

const ids = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
  '00000000-0000-4000-8000-000000000004',
  '00000000-0000-4000-8000-000000000005',
];
const id = fc.constantFrom(...ids);
// Equal instants written two ways: merges must agree on them too.
const timestamp = fc.constantFrom(
  '2026-01-01T00:00:00.000Z',
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:01.000Z',
  '2026-01-02T10:00:00.500Z',
);
const text = fc.constantFrom(
  '',
  'note',
  'Ghi chú tiếng Việt',
  'Ghi chú tiếng Việt'.normalize('NFD'),
);

const url = fc.constantFrom(...ids.map((_, i) => `https://example.com/${i}`));
const page: fc.Arbitrary<SyncPage> = url.chain((url) =>
  fc.record({
    id: fc.constant(pageIdOf(url)),
    url: fc.constant(url),
    title: fc.constantFrom('Title', 'Tiêu đề'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);

export const annotation: fc.Arbitrary<SyncAnnotation> = fc.record({
  id,
  pageId: id,
  selectors: fc.constantFrom<SyncAnnotation['selectors']>(
    [{ type: 'TextQuoteSelector', exact: 'quote' }],
    [
      { type: 'TextQuoteSelector', exact: 'đoạn trích', prefix: 'trước ', suffix: ' sau' },
      { type: 'TextPositionSelector', start: 4, end: 14 },
    ],
  ),
  colour: fc.constantFrom(...COLOURS),
  note: text,
  tags: fc.subarray(['a', 'b', 'nhân quyền']),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const tombstone: fc.Arbitrary<Tombstone> = fc.record({
  id: fc.oneof(id, url.map(pageIdOf)),
  kind: fc.constantFrom('page', 'annotation'),
  deletedAt: timestamp,
  updatedAt: timestamp,
});

const uniqueBy = <T>(arb: fc.Arbitrary<T>, key: (x: T) => string) =>
  fc.uniqueArray(arb, { selector: key, maxLength: ids.length });

/** A valid sync file: each record at most once per kind, live or as a tombstone. */
export const syncFile: fc.Arbitrary<SyncFile> = fc
  .record({
    exportedAt: timestamp,
    pages: uniqueBy(page, (p) => p.id),
    annotations: uniqueBy(annotation, (a) => a.id),
    tombstones: uniqueBy(tombstone, (t) => `${t.kind}:${t.id}`),
  })
  .map(({ exportedAt, pages, annotations, tombstones }) => {
    const live = new Set([
      ...pages.map((p) => `page:${p.id}`),
      ...annotations.map((a) => `annotation:${a.id}`),
    ]);
    return {
      format: 'gloss-sync' as const,
      version: 1 as const,
      exportedAt,
      pages,
      annotations,
      tombstones: tombstones.filter((t) => !live.has(`${t.kind}:${t.id}`)),
    };
  });

export const bytes = serializeSyncFile;

/**
 * The JSON text of `value` with its n-th member (counting every member at every depth)
 * replaced by `replacement`, or, with `addKey`, a member named after it (or `__proto__`) added.
 */
export function withMemberReplaced(
  value: unknown,
  n: number,
  replacement: unknown,
  addKey = false,
): string {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  const members: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      members.push([node as Record<string, unknown>, key]);
      walk(child);
    }
  };
  walk(copy);
  const [parent, key] = members[n % members.length]!;
  const name = addKey ? (typeof replacement === 'string' && replacement) || '__proto__' : key;
  // As JSON.parse does: an own property, even when it is called __proto__.
  Object.defineProperty(parent, name, {
    value: replacement,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return JSON.stringify(copy);
}
