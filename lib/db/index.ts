// The database: Dexie over IndexedDB in the extension's origin (background and extension
// pages). Content scripts never open it: their IndexedDB belongs to the visited site.
import Dexie, { type Table } from 'dexie';
import { Annotation, startOf, type Colour, type Page, type Selector } from '../model';
import type { RecordKind, Tombstone } from '../model/sync-file';
import type { AnnotationChanges, PageDraft } from '../model/messages';
import { pageIdOf } from '../url';

/** A file handle is structured-cloneable, so IndexedDB keeps it across sessions. */
export interface SyncHandle {
  id: string;
  handle: FileSystemFileHandle;
}

/** A stored annotation carries its document order key, derived from its selectors on write. */
export type AnnotationRow = Annotation & { order: number };

export class GlossDb extends Dexie {
  pages!: Table<Page, string>;
  annotations!: Table<AnnotationRow, string>;
  /** Tombstones from sync files for records this browser never had (see lib/db/sync.ts). */
  tombstones!: Table<Tombstone, [RecordKind, string]>;
  /** The file kept in sync through the File System Access API, where the browser has it. */
  syncHandles!: Table<SyncHandle, string>;
  /** The reader's preferences (lib/db/settings.ts). */
  settings!: Table<{ key: string; value: unknown }, string>;

  constructor(name = 'gloss') {
    super(name);
    this.version(1).stores({
      pages: 'id, &url, updatedAt',
      // [pageId+order]: a page's annotations in document order; *tags: by tag.
      annotations: 'id, [pageId+order], *tags, updatedAt',
    });
    this.version(2).stores({ tombstones: '[kind+id]', syncHandles: 'id' });
    // 3: createdAt, for the library's newest highlights without reading them all.
    this.version(3).stores({
      annotations: 'id, [pageId+order], *tags, updatedAt, createdAt',
    });
    this.version(4).stores({ settings: 'key' });
  }
}

export function toRow(annotation: Annotation): AnnotationRow {
  return { ...annotation, order: startOf(annotation) };
}

export function fromRow({ order: _order, ...annotation }: AnnotationRow): Annotation {
  return annotation;
}

const live = (row: { deletedAt?: string }) => row.deletedAt === undefined;

export async function pageByUrl(db: GlossDb, url: string): Promise<Page | undefined> {
  const page = await db.pages.get(pageIdOf(url));
  return page && live(page) ? page : undefined;
}

/** The page's live annotations in document order: one index range, no scan. */
export async function annotationsOfPage(db: GlossDb, pageId: string): Promise<Annotation[]> {
  const rows = await db.annotations
    .where('[pageId+order]')
    .between([pageId, Dexie.minKey], [pageId, Dexie.maxKey])
    .toArray();
  return rows.filter(live).map(fromRow);
}

export async function annotationsByTag(db: GlossDb, tag: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('tags').equals(tag).toArray();
  return rows.filter(live).map(fromRow);
}

/** Every tag in use, most used first: the suggestions offered when tagging. */
export async function tagCounts(db: GlossDb): Promise<{ tag: string; count: number }[]> {
  const counts = new Map<string, number>();
  await db.annotations.each((row) => {
    if (!live(row)) return;
    for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  });
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export interface NewAnnotation {
  url: string;
  page?: PageDraft;
  selectors: Selector[];
  colour: Colour;
}

/**
 * Stores a new annotation and, the first time the page is highlighted, its page record.
 * `url` must be normalised. Returns the stored annotation.
 */
export async function createAnnotation(
  db: GlossDb,
  input: NewAnnotation,
  now = new Date().toISOString(),
  id: string = crypto.randomUUID(),
): Promise<Annotation> {
  const pageId = pageIdOf(input.url);
  const annotation = Annotation.parse({
    id,
    pageId,
    selectors: input.selectors,
    colour: input.colour,
    note: '',
    tags: [],
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.pages, db.annotations, async () => {
    const existing = await db.pages.get(pageId);
    if (!existing || existing.deletedAt) {
      const draft = input.page ?? { title: input.url };
      await db.pages.put({ ...draft, url: input.url, id: pageId, createdAt: now, updatedAt: now });
    }
    await db.annotations.add(toRow(annotation));
  });
  return annotation;
}

/** Applies the reader's changes; returns the updated annotation, or undefined if it is gone. */
export async function updateAnnotation(
  db: GlossDb,
  id: string,
  changes: AnnotationChanges,
  now = new Date().toISOString(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const row = await db.annotations.get(id);
    if (!row || !live(row)) return undefined;
    const updated = Annotation.parse({ ...fromRow(row), ...changes, updatedAt: now });
    await db.annotations.put(toRow(updated));
    return updated;
  });
}

/** Deletion leaves a tombstone, so that a merge can never bring the annotation back. */
export async function deleteAnnotation(
  db: GlossDb,
  id: string,
  now = new Date().toISOString(),
): Promise<void> {
  await db.annotations.update(id, { deletedAt: now, updatedAt: now });
}

/** Undo of a deletion: the restore is newer than the tombstone, so it wins in merges too. */
export async function restoreAnnotation(
  db: GlossDb,
  id: string,
  now = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const row = await db.annotations.get(id);
    if (!row) return;
    const { deletedAt: _deletedAt, ...rest } = row;
    await db.annotations.put({ ...rest, updatedAt: now });
  });
}
