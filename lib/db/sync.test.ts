import { exampleFile } from '../../tests/sync/example';
import fc from 'fast-check';
import type { SyncFile } from '../model/sync-file';
import { mergeSyncFiles, parseSyncFile, serializeSyncFile } from '../sync';
import { syncFile } from '../../tests/sync/arbitraries';
import { pageIdOf } from '../url';
import { createAnnotation, deleteAnnotation, GlossDb, updateAnnotation } from './index';
import { exportSyncFile, importSyncFile, previewImport, syncWithFileText } from './sync';

const NOW = '2026-11-26T12:00:00.000Z';
let db: GlossDb;
let n = 0;
beforeEach(async () => {
  db = new GlossDb(`sync-test-${n++}`);
  await db.open();
});
afterEach(() => db.delete());

const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact }];

async function seed() {
  const url = 'https://example.com/a';
  const kept = await createAnnotation(db, { url, selectors: quote('one'), colour: 'yellow' }, NOW);
  await updateAnnotation(db, kept.id, { note: 'ghi chú', tags: ['nhân quyền'] }, NOW);
  const gone = await createAnnotation(db, { url, selectors: quote('two'), colour: 'blue' }, NOW);
  await deleteAnnotation(db, gone.id, '2026-11-26T12:05:00.000Z');
  const other = 'https://example.com/b';
  await createAnnotation(db, { url: other, selectors: quote('three'), colour: 'green' }, NOW);
  return { url, kept, gone, other };
}

describe('exportSyncFile', () => {
  it('exports live records in full and deleted ones as tombstones', async () => {
    const { kept, gone } = await seed();
    const file = await exportSyncFile(db, {}, NOW);
    expect(parseSyncFile(serializeSyncFile(file)).ok).toBe(true);
    expect(file.annotations.map((a) => a.id)).toContain(kept.id);
    expect(file.annotations.map((a) => a.id)).not.toContain(gone.id);
    expect(file.tombstones).toEqual([
      {
        id: gone.id,
        kind: 'annotation',
        deletedAt: '2026-11-26T12:05:00.000Z',
        updatedAt: '2026-11-26T12:05:00.000Z',
      },
    ]);
    expect(file.pages).toHaveLength(2);
  });

  it('exports one page or one tag with their pages and no tombstones', async () => {
    const { url, kept } = await seed();
    const page = await exportSyncFile(db, { pageId: pageIdOf(url) }, NOW);
    expect(page.pages.map((p) => p.url)).toEqual([url]);
    expect(page.annotations).toHaveLength(1);
    expect(page.tombstones).toEqual([]);
    const tag = await exportSyncFile(db, { tag: 'nhân quyền' }, NOW);
    expect(tag.annotations.map((a) => a.id)).toEqual([kept.id]);
    expect(tag.pages.map((p) => p.url)).toEqual([url]);
  });
});

describe('importSyncFile', () => {
  it('round-trips: export → import into an empty database → export is byte-identical', async () => {
    await seed();
    const text = serializeSyncFile(await exportSyncFile(db, {}, NOW));
    const parsed = parseSyncFile(text);
    if (!parsed.ok) throw new Error('invalid');
    const fresh = new GlossDb(`sync-test-${n++}`);
    await importSyncFile(fresh, parsed.file);
    expect(serializeSyncFile(await exportSyncFile(fresh, {}, NOW))).toBe(text);
    await fresh.delete();
  });

  it('keeps tombstones of records it never had, and exports them again', async () => {
    const file = exampleFile();
    await importSyncFile(db, file);
    expect(serializeSyncFile(await exportSyncFile(db, {}, file.exportedAt))).toBe(
      serializeSyncFile(file),
    );
    expect(await db.tombstones.count()).toBe(file.tombstones.length);
  });

  it('previews new, updated, deleted, conflicts and unchanged, writing nothing', async () => {
    const { gone } = await seed();
    const mine = await exportSyncFile(db, {}, NOW);
    const later = '2026-11-27T00:00:00.000Z';
    const earlier = '2026-11-20T00:00:00.000Z';
    const [a, b] = mine.annotations as [SyncFile['annotations'][0], SyncFile['annotations'][0]];
    const [deletedPage, ...pages] = mine.pages as [SyncFile['pages'][0]];
    const theirs: SyncFile = {
      ...mine,
      pages,
      annotations: [
        { ...a, note: 'newer there', updatedAt: later }, // updated, or
        { ...b, note: 'older there', updatedAt: earlier }, // a conflict: ours is newer
        { ...a, id: '00000000-0000-4000-8000-00000000000a' }, // new
      ],
      tombstones: [
        ...mine.tombstones,
        { id: deletedPage.id, kind: 'page', deletedAt: later, updatedAt: later },
      ],
    };
    expect(parseSyncFile(serializeSyncFile(theirs)).ok).toBe(true);
    const counts = await previewImport(db, theirs);
    expect(counts).toEqual({ new: 1, updated: 1, deleted: 1, conflicts: 1, unchanged: 2 });
    expect(serializeSyncFile(await exportSyncFile(db, {}, NOW))).toBe(serializeSyncFile(mine));
    expect(await importSyncFile(db, theirs)).toEqual(counts);
    const after = await exportSyncFile(db, {}, NOW);
    expect(after.annotations.find((x) => x.id === a.id)?.note).toBe('newer there');
    expect(after.annotations.find((x) => x.id === b.id)?.note).not.toBe('older there');
    expect(after.tombstones.map((t) => t.id)).toContain(gone.id);
  });

  it('writes all or nothing: a failing write leaves the database untouched', async () => {
    await seed();
    const before = serializeSyncFile(await exportSyncFile(db, {}, NOW));
    const file = exampleFile();
    // A page stored under another id for the file's URL breaks the unique url index mid-import.
    const clash = file.pages[file.pages.length - 1]!;
    await db.pages.put({ ...clash, id: '00000000-0000-4000-8000-0000000000ff' });
    const withClash = serializeSyncFile(await exportSyncFile(db, {}, NOW));
    await expect(importSyncFile(db, file)).rejects.toThrow();
    expect(serializeSyncFile(await exportSyncFile(db, {}, NOW))).toBe(withClash);
    expect(withClash).not.toBe(before);
  });

  it('equals merging the file with an export, for generated databases and files', async () => {
    await fc.assert(
      fc.asyncProperty(syncFile, syncFile, async (start, incoming) => {
        await db.transaction('rw', db.pages, db.annotations, db.tombstones, async () => {
          await Promise.all([db.pages.clear(), db.annotations.clear(), db.tombstones.clear()]);
        });
        await importSyncFile(db, start);
        const before = await exportSyncFile(db, {}, start.exportedAt);
        await importSyncFile(db, incoming);
        const after = await exportSyncFile(db, {}, start.exportedAt);
        const expected = mergeSyncFiles(before, { ...incoming, exportedAt: start.exportedAt });
        return serializeSyncFile(after) === serializeSyncFile(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('syncWithFileText', () => {
  it('fills a new file, then writes only when something changed', async () => {
    const { url } = await seed();
    const first = await syncWithFileText(db, '', NOW);
    if (!first.ok || first.write === null) throw new Error('expected a write');
    expect(parseSyncFile(first.write).ok).toBe(true);
    expect(await syncWithFileText(db, first.write, '2026-11-26T13:00:00.000Z')).toMatchObject({
      write: null,
    });
    await createAnnotation(db, { url, selectors: quote('four'), colour: 'pink' }, NOW);
    const third = await syncWithFileText(db, first.write, '2026-11-26T14:00:00.000Z');
    if (!third.ok || third.write === null) throw new Error('expected a write');
    expect(parseSyncFile(third.write)).toMatchObject({
      ok: true,
      file: { exportedAt: '2026-11-26T14:00:00.000Z' },
    });
  });

  it('merges in what another browser wrote to the file', async () => {
    await seed();
    const theirs = exampleFile();
    const result = await syncWithFileText(db, serializeSyncFile(theirs), NOW);
    expect(result).toMatchObject({ ok: true, counts: { new: 8 } });
    const after = await exportSyncFile(db, {}, NOW);
    expect(after.annotations.length).toBe(2 + theirs.annotations.length);
  });

  it('leaves the database and the file alone when the file is bad', async () => {
    await seed();
    const before = serializeSyncFile(await exportSyncFile(db, {}, NOW));
    const result = await syncWithFileText(db, '{"format":"gloss-sync","version":1}', NOW);
    expect(result.ok).toBe(false);
    expect(serializeSyncFile(await exportSyncFile(db, {}, NOW))).toBe(before);
  });
});
