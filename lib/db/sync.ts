// The sync file against the database: export, preview and import, with the same per-record
// rule as mergeSyncFiles, so that importing a file equals merging it with an export.
import type { Annotation, Page } from '../model';
import type { RecordKind, SyncFile, Tombstone } from '../model/sync-file';
import { parseSyncFile, serializeSyncFile, type SyncError } from '../sync';
import {
  compareVersions,
  fileOf,
  keyOf,
  newerVersion,
  versionsOf,
  type Version,
} from '../sync/versions';
import { annotationsByTag, annotationsOfPage, fromRow, toRow, type GlossDb } from './index';

export interface SyncFilter {
  pageId?: string;
  tag?: string;
}

const tombstoneOf = (
  kind: RecordKind,
  row: { id: string; deletedAt: string; updatedAt: string },
): Tombstone => ({ id: row.id, kind, deletedAt: row.deletedAt, updatedAt: row.updatedAt });

function pageVersion(page: Page): Version {
  const { deletedAt, ...record } = page;
  return deletedAt === undefined
    ? { kind: 'page', record }
    : { kind: 'page', tombstone: tombstoneOf('page', { ...page, deletedAt }) };
}

function annotationVersion(annotation: Annotation): Version {
  const { deletedAt, ...record } = annotation;
  return deletedAt === undefined
    ? { kind: 'annotation', record }
    : { kind: 'annotation', tombstone: tombstoneOf('annotation', { ...annotation, deletedAt }) };
}

/**
 * The database as a sync file. Everything: every record, deleted ones as tombstones. One page
 * or one tag: its live annotations and their pages, for sharing a part; no tombstones.
 */
export async function exportSyncFile(
  db: GlossDb,
  filter: SyncFilter = {},
  now = new Date().toISOString(),
): Promise<SyncFile> {
  if (filter.pageId === undefined && filter.tag === undefined) {
    return db.transaction('r', db.pages, db.annotations, db.tombstones, async () => {
      const versions = new Map<string, Version>();
      const keep = (key: string, version: Version) => {
        const known = versions.get(key);
        versions.set(key, known ? newerVersion(known, version) : version);
      };
      for (const t of await db.tombstones.toArray()) {
        keep(keyOf(t.kind, t.id), { kind: t.kind, tombstone: t });
      }
      for (const page of await db.pages.toArray()) keep(keyOf('page', page.id), pageVersion(page));
      for (const row of await db.annotations.toArray()) {
        keep(keyOf('annotation', row.id), annotationVersion(fromRow(row)));
      }
      return fileOf(now, versions.values());
    });
  }
  return db.transaction('r', db.pages, db.annotations, async () => {
    let annotations =
      filter.pageId !== undefined
        ? await annotationsOfPage(db, filter.pageId)
        : await annotationsByTag(db, filter.tag!);
    if (filter.pageId !== undefined && filter.tag !== undefined) {
      annotations = annotations.filter((a) => a.tags.includes(filter.tag!));
    }
    const pageIds = [...new Set([filter.pageId, ...annotations.map((a) => a.pageId)])];
    const pages = await db.pages.bulkGet(pageIds.filter((id) => id !== undefined));
    const live = pages.filter((page): page is Page => page?.deletedAt === undefined && !!page);
    return fileOf(now, [...live.map(pageVersion), ...annotations.map(annotationVersion)]);
  });
}

/** What importing a file would do, record by record. */
export interface ImportCounts {
  /** Records this browser does not have (or had deleted before the file's edit). */
  new: number;
  /** Records the file has in a newer version. */
  updated: number;
  /** Records the file deleted after this browser's last edit. */
  deleted: number;
  /** Records both sides changed where this browser's version is newer and is kept. */
  conflicts: number;
  unchanged: number;
}

interface Plan {
  counts: ImportCounts;
  pages: Page[];
  annotations: Annotation[];
  tombstones: Tombstone[];
  /** Tombstones of records now held in the main tables, or superseded. */
  staleTombstones: [RecordKind, string][];
}

/** Reads what the database holds of the file's records and decides each; writes nothing. */
async function plan(db: GlossDb, file: SyncFile): Promise<Plan> {
  const counts: ImportCounts = { new: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 };
  const out: Plan = { counts, pages: [], annotations: [], tombstones: [], staleTombstones: [] };
  const incoming = [...versionsOf(file).values()];
  const idsOf = (kind: RecordKind) =>
    incoming.filter((v) => v.kind === kind).map((v) => (v.tombstone ?? v.record).id);
  const [pages, annotations, tombstones] = await Promise.all([
    db.pages.bulkGet(idsOf('page')),
    db.annotations.bulkGet(idsOf('annotation')),
    db.tombstones.bulkGet(
      incoming.map((v): [RecordKind, string] => [v.kind, (v.tombstone ?? v.record).id]),
    ),
  ]);
  const rows = new Map<string, Page | Annotation>();
  for (const page of pages) if (page) rows.set(keyOf('page', page.id), page);
  for (const row of annotations) if (row) rows.set(keyOf('annotation', row.id), fromRow(row));

  incoming.forEach((theirs, i) => {
    const id = (theirs.tombstone ?? theirs.record).id;
    const key = keyOf(theirs.kind, id);
    const row = rows.get(key);
    const stored = tombstones[i];
    const rowVersion =
      row &&
      (theirs.kind === 'page' ? pageVersion(row as Page) : annotationVersion(row as Annotation));
    const candidates = [rowVersion, stored && { kind: stored.kind, tombstone: stored }];
    const ours = candidates.reduce<Version | undefined>(
      (best, v) => (v ? (best ? newerVersion(best, v) : v) : best),
      undefined,
    );
    const order = ours ? compareVersions(theirs, ours) : 1;
    if (order === 0) {
      counts.unchanged++;
      return;
    }
    if (order < 0) {
      // Ours is newer. Two tombstones differ in nothing a reader sees.
      if (ours?.tombstone && theirs.tombstone) counts.unchanged++;
      else counts.conflicts++;
      return;
    }
    if (!ours || ours.tombstone) {
      if (theirs.tombstone) counts.unchanged++;
      else counts.new++;
    } else if (theirs.tombstone) counts.deleted++;
    else counts.updated++;

    if (stored) out.staleTombstones.push([stored.kind, stored.id]);
    if (theirs.tombstone && !row) out.tombstones.push(theirs.tombstone);
    else if (theirs.tombstone) {
      const { deletedAt, updatedAt } = theirs.tombstone;
      if (theirs.kind === 'page') out.pages.push({ ...(row as Page), deletedAt, updatedAt });
      else out.annotations.push({ ...(row as Annotation), deletedAt, updatedAt });
    } else if (theirs.kind === 'page') out.pages.push(theirs.record);
    else out.annotations.push(theirs.record);
  });
  return out;
}

/** What importing the file would change, for the reader to confirm first. */
export async function previewImport(db: GlossDb, file: SyncFile): Promise<ImportCounts> {
  return db.transaction('r', db.pages, db.annotations, db.tombstones, async () => {
    return (await plan(db, file)).counts;
  });
}

/**
 * Merges a (validated) sync file into the database: per record the newer version wins, as in
 * mergeSyncFiles. One transaction: all of it is written, or, on any failure, nothing.
 */
export async function importSyncFile(db: GlossDb, file: SyncFile): Promise<ImportCounts> {
  return db.transaction('rw', db.pages, db.annotations, db.tombstones, async () => {
    const { counts, pages, annotations, tombstones, staleTombstones } = await plan(db, file);
    // Nothing to write is no write at all: observers of the database (a kept sync file) are
    // not woken by an import that changed nothing.
    if (staleTombstones.length > 0) await db.tombstones.bulkDelete(staleTombstones);
    if (pages.length > 0) await db.pages.bulkPut(pages);
    if (annotations.length > 0) await db.annotations.bulkPut(annotations.map(toRow));
    if (tombstones.length > 0) await db.tombstones.bulkPut(tombstones);
    return counts;
  });
}

export type FileSyncResult =
  { ok: true; counts: ImportCounts; write: string | null } | { ok: false; errors: SyncError[] };

/**
 * One round of keeping a sync file: merges the file's text into the database and returns the
 * text to write back, or `write: null` when the file already holds all of it. An empty file
 * is a new one. A bad file changes nothing and is not overwritten.
 */
export async function syncWithFileText(
  db: GlossDb,
  text: string,
  now = new Date().toISOString(),
): Promise<FileSyncResult> {
  let counts: ImportCounts = { new: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 };
  let exportedAt = now;
  if (text.trim() !== '') {
    const parsed = parseSyncFile(text);
    if (!parsed.ok) return parsed;
    counts = await importSyncFile(db, parsed.file);
    exportedAt = parsed.file.exportedAt;
  }
  const merged = await exportSyncFile(db, {}, exportedAt);
  if (serializeSyncFile(merged) === text) return { ok: true, counts, write: null };
  return { ok: true, counts, write: serializeSyncFile({ ...merged, exportedAt: now }) };
}
