// Changes the library makes to many annotations at once, each in one transaction, with
// updatedAt bumped so that sync merges carry them to the reader's other browsers.
import { Tag } from '../model';
import type { AnnotationRow, GlossDb } from '../db';

/** Tombstones the live annotations among `ids`; returns the ids actually deleted (for undo). */
export async function deleteAnnotations(
  db: GlossDb,
  ids: readonly string[],
  now = new Date().toISOString(),
): Promise<string[]> {
  return db.transaction('rw', db.annotations, async () => {
    const rows = await db.annotations.bulkGet([...ids]);
    const live = rows.filter((row): row is AnnotationRow => !!row && !row.deletedAt);
    await db.annotations.bulkPut(live.map((row) => ({ ...row, deletedAt: now, updatedAt: now })));
    return live.map((row) => row.id);
  });
}

/** Undoes `deleteAnnotations`: the restore is newer than the tombstones, so merges keep it. */
export async function restoreAnnotations(
  db: GlossDb,
  ids: readonly string[],
  now = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const rows = await db.annotations.bulkGet([...ids]);
    await db.annotations.bulkPut(
      rows
        .filter((row): row is AnnotationRow => !!row)
        .map(({ deletedAt: _deletedAt, ...row }) => ({ ...row, updatedAt: now })),
    );
  });
}

/** What a tag change did: the new tags of each changed annotation. */
export type Retagged = Map<string, string[]>;

async function retag(
  db: GlossDb,
  tag: string,
  change: (tags: string[]) => string[],
  now: string,
): Promise<Retagged> {
  return db.transaction('rw', db.annotations, async () => {
    const rows = await db.annotations.where('tags').equals(tag).toArray();
    const changed: Retagged = new Map();
    const updated = rows
      .filter((row) => !row.deletedAt)
      .map((row) => {
        const tags = change(row.tags);
        changed.set(row.id, tags);
        return { ...row, tags, updatedAt: now };
      });
    await db.annotations.bulkPut(updated);
    return changed;
  });
}

/**
 * Renames a tag on every live annotation; renaming to a tag already in use merges the two
 * (an annotation that had both keeps one). The new name is normalised as every tag is.
 */
export async function renameTag(
  db: GlossDb,
  from: string,
  to: string,
  now = new Date().toISOString(),
): Promise<Retagged> {
  const target = Tag.parse(to);
  if (target === from) return new Map();
  return retag(db, from, (tags) => [...new Set(tags.map((t) => (t === from ? target : t)))], now);
}

/** Removes a tag from every live annotation (the annotations stay). */
export async function deleteTag(
  db: GlossDb,
  tag: string,
  now = new Date().toISOString(),
): Promise<Retagged> {
  return retag(db, tag, (tags) => tags.filter((t) => t !== tag), now);
}
