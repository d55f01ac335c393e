import { createAnnotation, GlossDb, updateAnnotation } from '../db';
import type { Annotation } from '../model';
import { EMPTY_QUERY, type LibraryQuery } from './query';
import { firstScreen, loadLibrary } from './load';
import { Library, rowsOf } from './model';
import { terms } from '../search';
import { deleteAnnotations, deleteTag, renameTag, restoreAnnotations } from './actions';
import { jsonExporter, libraryExporters, selectionOf, subjectOf } from './export';
import { parseSyncFile } from '../sync';
import { samplePages } from '../../tests/pages';
import type { CitationStyle } from '../export/citation';

let db: GlossDb;
let n = 0;

const VI = 'https://baoquocte.vn/nang-cao-hieu-qua';
const EN = 'https://example.org/essay';

async function highlight(
  url: string,
  title: string,
  exact: string,
  start: number,
  day: string,
  extra: { note?: string; tags?: string[]; colour?: Annotation['colour'] } = {},
): Promise<Annotation> {
  const created = await createAnnotation(
    db,
    {
      url,
      page: { url, title, siteName: url.includes('baoquocte') ? 'Báo Quốc tế' : undefined },
      selectors: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
      colour: extra.colour ?? 'yellow',
    },
    `${day}T10:00:00.000Z`,
  );
  const { colour: _colour, ...changes } = extra;
  return (await updateAnnotation(db, created.id, changes, `${day}T10:00:00.000Z`))!;
}

let quyen: Annotation, dang: Annotation, essay: Annotation, later: Annotation;

beforeEach(async () => {
  db = new GlossDb(`library-${n++}`);
  // The Vietnamese page is stored in NFD, as some sites write it.
  quyen = await highlight(
    VI,
    'Nâng cao hiệu quả công tác truyền thông',
    'truyền thông về quyền con người'.normalize('NFD'),
    200,
    '2022-11-30',
    { tags: ['nhân quyền', 'thesis'], colour: 'green' },
  );
  dang = await highlight(VI, 'ignored: page exists', 'Đảng và Nhà nước', 50, '2022-12-01');
  essay = await highlight(EN, 'On Reading', 'Reading is a conversation.', 10, '2021-05-05', {
    note: 'Compare with **Adler**.',
    tags: ['thesis'],
  });
  later = await highlight(EN, 'ignored', 'Margins are for thinking.', 500, '2023-01-01');
});

afterEach(async () => {
  await db.delete();
});

const ids = (library: Library, query: Partial<LibraryQuery>) =>
  library.results({ ...EMPTY_QUERY, ...query }).map((e) => e.id);

describe('loadLibrary and search', () => {
  it('finds Vietnamese text typed without diacritics, NFC or NFD alike', async () => {
    const library = await loadLibrary(db, undefined, 2);
    expect(ids(library, { q: 'quyen con nguoi' })).toEqual([quyen.id]);
    expect(ids(library, { q: 'QUYỀN CON NG' })).toEqual([quyen.id]);
    expect(ids(library, { q: 'dang' })).toEqual([dang.id]);
    expect(ids(library, { q: 'đảng'.normalize('NFD') })).toEqual([dang.id]);
  });

  it('searches notes, tags, page titles and sites, all words required', async () => {
    const library = await loadLibrary(db);
    expect(ids(library, { q: 'adler' })).toEqual([essay.id]);
    expect(ids(library, { q: 'nhan quyen' })).toEqual([quyen.id]);
    expect(new Set(ids(library, { q: 'truyen thong' }))).toEqual(new Set([quyen.id, dang.id]));
    expect(new Set(ids(library, { q: 'bao quoc' }))).toEqual(new Set([quyen.id, dang.id]));
    expect(ids(library, { q: 'reading adler' })).toEqual([essay.id]);
    expect(ids(library, { q: 'reading nguoi' })).toEqual([]);
  });

  it('filters by tag, colour, site and date range, combined with the text', async () => {
    const library = await loadLibrary(db);
    expect(new Set(ids(library, { tag: 'thesis' }))).toEqual(new Set([quyen.id, essay.id]));
    expect(ids(library, { tag: 'thesis', q: 'reading' })).toEqual([essay.id]);
    expect(ids(library, { colour: 'green' })).toEqual([quyen.id]);
    expect(ids(library, { site: 'example.org' })).toEqual([essay.id, later.id]);
    expect(ids(library, { from: '2022-12-01', to: '2022-12-31' })).toEqual([dang.id]);
    expect(ids(library, { to: '2021-05-05' })).toEqual([essay.id]);
  });

  it('orders pages by their newest annotation or by title, annotations in document order', async () => {
    const library = await loadLibrary(db);
    expect(ids(library, {})).toEqual([essay.id, later.id, dang.id, quyen.id]);
    expect(ids(library, { sort: 'page' })).toEqual([dang.id, quyen.id, essay.id, later.id]);
    const rows = [...rowsOf(library.results(EMPTY_QUERY))];
    const [reading, vietnamese] = [library.get(essay.id)!, library.get(dang.id)!];
    expect(rows).toEqual([
      -(reading.n + 1),
      reading.n,
      library.get(later.id)!.n,
      -(vietnamese.n + 1),
      vietnamese.n,
      library.get(quyen.id)!.n,
    ]);
    expect(reading.page).toMatchObject({ title: 'On Reading', site: 'example.org' });
    expect(vietnamese.page).toMatchObject({ site: 'Báo Quốc tế' });
  });

  it('leaves tombstones out and counts tags and sites', async () => {
    await deleteAnnotations(db, [later.id]);
    const library = await loadLibrary(db);
    expect(library.entries.map((e) => e.id)).not.toContain(later.id);
    expect(library.tagCounts()).toEqual([
      { tag: 'thesis', count: 2 },
      { tag: 'nhân quyền', count: 1 },
    ]);
    expect(library.siteCounts()).toEqual([
      { site: 'Báo Quốc tế', count: 2 },
      { site: 'example.org', count: 1 },
    ]);
  });
});

describe('Library.results', () => {
  it('orders few matches and many matches the same way as the whole view', () => {
    const library = new Library();
    const words = ['alpha', 'beta', 'gamma', 'delta', 'đảng'];
    for (let p = 0; p < 4; p++) {
      const pageId = `00000000-0000-4000-8000-00000000000${p}`;
      const day = `2024-0${p + 1}-01T00:00:00.000Z`;
      library.addPage({
        id: pageId,
        url: `https://e.org/${p}`,
        title: `P${3 - p}`,
        createdAt: day,
        updatedAt: day,
      });
      for (let a = 0; a < 10; a++) {
        const exact = `${words[(p * 10 + a) % 5]} ${words[a % 3]} ${a}`;
        library.add({
          id: `00000000-0000-4000-8000-0000000${p}${a}000`.slice(0, 36),
          pageId,
          selectors: [{ type: 'TextQuoteSelector', exact }],
          colour: 'yellow',
          note: '',
          tags: [],
          createdAt: day,
          updatedAt: day,
          order: 10 - a,
        });
      }
    }
    for (const sort of ['newest', 'page'] as const) {
      const all = library.results({ ...EMPTY_QUERY, sort });
      expect(all).toHaveLength(40);
      for (const q of ['dang', 'alpha 7', 'a', 'gamma beta', 'zeta']) {
        const words = terms(q);
        const expected = all.filter((e) => {
          const have = terms(e.quote);
          return words.every((w) => have.some((h) => h.startsWith(w)));
        });
        expect({ q, ids: library.results({ ...EMPTY_QUERY, q, sort }).map((e) => e.id) }).toEqual({
          q,
          ids: expected.map((e) => e.id),
        });
      }
    }
    library.setDeleted([library.entries[0]!.id], true);
    expect(library.results(EMPTY_QUERY)).toHaveLength(39);
    library.setDeleted([library.entries[0]!.id], false);
    expect(library.results(EMPTY_QUERY)).toHaveLength(40);
  });
});

describe('firstScreen', () => {
  it('gives the newest pages with all their annotations, as the full library orders them', async () => {
    const library = await loadLibrary(db);
    const first = await firstScreen(db, 1);
    expect(first.map((e) => e.id)).toEqual([essay.id, later.id]);
    const both = await firstScreen(db, 5);
    expect(both.map((e) => e.id)).toEqual(ids(library, {}));
  });
});

describe('bulk delete and undo', () => {
  it('tombstones only live annotations and restores them', async () => {
    await deleteAnnotations(db, [dang.id], '2024-01-01T00:00:00.000Z');
    const deleted = await deleteAnnotations(
      db,
      [dang.id, essay.id, 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
      '2024-01-02T00:00:00.000Z',
    );
    expect(deleted).toEqual([essay.id]);
    expect((await db.annotations.get(essay.id))?.deletedAt).toBe('2024-01-02T00:00:00.000Z');
    await restoreAnnotations(db, deleted, '2024-01-03T00:00:00.000Z');
    const restored = await db.annotations.get(essay.id);
    expect(restored?.deletedAt).toBeUndefined();
    expect(restored?.updatedAt).toBe('2024-01-03T00:00:00.000Z');
    expect((await db.annotations.get(dang.id))?.deletedAt).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('tags', () => {
  const now = '2024-02-02T00:00:00.000Z';

  it('renames a tag everywhere and bumps updatedAt', async () => {
    const changed = await renameTag(db, 'thesis', '  Luận văn  '.normalize('NFD'), now);
    expect([...changed.keys()].sort()).toEqual([quyen.id, essay.id].sort());
    const row = await db.annotations.get(quyen.id);
    expect(row?.tags).toEqual(['nhân quyền', 'Luận văn']);
    expect(row?.updatedAt).toBe(now);
    expect((await db.annotations.get(dang.id))?.updatedAt).not.toBe(now);
  });

  it('merges into an existing tag without duplicates', async () => {
    await renameTag(db, 'thesis', 'nhân quyền', now);
    expect((await db.annotations.get(quyen.id))?.tags).toEqual(['nhân quyền']);
    expect((await db.annotations.get(essay.id))?.tags).toEqual(['nhân quyền']);
  });

  it('refuses an empty name and changes nothing', async () => {
    await expect(renameTag(db, 'thesis', '   ', now)).rejects.toThrow();
    expect((await db.annotations.get(essay.id))?.tags).toEqual(['thesis']);
  });

  it('deletes a tag, keeping the annotations', async () => {
    await deleteTag(db, 'thesis', now);
    expect((await db.annotations.get(essay.id))?.tags).toEqual([]);
    expect((await db.annotations.get(essay.id))?.deletedAt).toBeUndefined();
  });

  it('keeps the loaded library in step with retag', async () => {
    const library = await loadLibrary(db);
    for (const [id, tags] of await renameTag(db, 'thesis', 'paper', now)) library.retag(id, tags);
    expect(new Set(ids(library, { tag: 'paper' }))).toEqual(new Set([quyen.id, essay.id]));
    expect(ids(library, { tag: 'thesis' })).toEqual([]);
    expect(ids(library, { q: 'paper' })).toEqual(ids(library, { tag: 'paper' }));
  });
});

describe('export', () => {
  const WORDS = {
    source: 'Nguồn',
    tags: 'Thẻ',
    collection: 'Gloss',
    syncFile: 'tệp đồng bộ',
    references: 'Tài liệu tham khảo',
  };

  it('selects live annotations with their pages and writes them as JSON', async () => {
    await deleteAnnotations(db, [dang.id]);
    const selection = await selectionOf(db, [essay.id, dang.id, quyen.id]);
    expect(selection.annotations.map((a) => a.id)).toEqual([essay.id, quyen.id]);
    expect(selection.pages.map((p) => p.url).sort()).toEqual([EN, VI].sort());
    expect(selection.annotations[0]).not.toHaveProperty('order');
    const file = jsonExporter(selection, '2026-11-26T12:00:00.000Z');
    expect(file).toMatchObject({
      fileName: 'gloss-annotations-2026-11-26.json',
      mime: 'application/json',
    });
    expect(JSON.parse(file.content as string)).toEqual(selection);
  });

  it("names a selection's files by its page when it has one page", async () => {
    const one = await selectionOf(db, [quyen.id, dang.id]);
    expect(subjectOf(one)).toBe('Nâng cao hiệu quả công tác truyền thông');
    expect(jsonExporter(one, '2026-11-26T12:00:00.000Z').fileName).toBe(
      'gloss-Nang-cao-hieu-qua-cong-tac-truyen-thong-annotations-2026-11-26.json',
    );
    expect(subjectOf(await selectionOf(db, [quyen.id, essay.id]))).toBe('');
  });

  it('offers the sync file, Markdown and W3C of the selection', async () => {
    const exporters = libraryExporters(WORDS, async () => ({ citationStyle: 'apa' }), 'vi');
    const both = await selectionOf(db, [quyen.id, essay.id]);
    const one = await selectionOf(db, [essay.id]);

    const sync = (await exporters['tệp đồng bộ']!(both))!;
    expect(sync.fileName).toMatch(/^gloss-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseSyncFile(sync.content as string);
    expect(parsed.ok && parsed.file.annotations.map((a) => a.id).sort()).toEqual(
      [quyen.id, essay.id].sort(),
    );
    expect((await exporters['tệp đồng bộ']!(one))!.fileName).toMatch(/^gloss-On-Reading-/);

    const page = (await exporters.Markdown!(one))!;
    expect(page.fileName).toBe('On Reading.md');
    expect(page.content).toContain('Reading is a conversation.');
    const zip = (await exporters.Markdown!(both))!;
    expect(zip.mime).toBe('application/zip');
    const bytes = new Uint8Array(await (zip.content as Blob).arrayBuffer());
    expect(String.fromCharCode(...bytes.slice(0, 2))).toBe('PK');

    const w3c = JSON.parse((await exporters.W3C!(both))!.content as string);
    expect(w3c.type).toBe('AnnotationCollection');
  });

  it('offers records, then citations in the style of the moment and the UI language', async () => {
    const { journal } = samplePages();
    const day = '2024-01-01T00:00:00.000Z';
    const page = { ...journal, id: journal.id!, createdAt: day, updatedAt: day };
    const selection = { pages: [page], annotations: [] };
    let citationStyle: CitationStyle = 'mla';
    const exporters = libraryExporters(WORDS, async () => ({ citationStyle }), 'vi');
    expect(Object.keys(exporters)).toEqual([
      'JSON',
      'tệp đồng bộ',
      'Markdown',
      'W3C',
      'Tài liệu tham khảo',
      'BibTeX',
      'BibLaTeX',
      'RIS',
      'CSL-JSON',
    ]);
    const references = exporters['Tài liệu tham khảo']!;
    expect((await references(selection))!.content).toContain('Doe, Jane Q., và c.s.');
    citationStyle = 'apa';
    expect((await references(selection))!.content).toContain('Doe, J. Q., Roe, R., & Nguyễn');
  }, 60_000);
});
