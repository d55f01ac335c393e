// Reading the library from the database: the first screen from one index range, then the
// whole collection in chunks (memory stays bounded by a chunk plus the compact entries).
import { annotationsOfPage, type GlossDb } from '../db';
import { Library, libraryEntry, libraryPage, type LibraryEntry } from './model';

/** The newest pages with all their annotations, as the library's first screen shows them. */
export async function firstScreen(db: GlossDb, pageCount = 10): Promise<LibraryEntry[]> {
  const pageIds: string[] = [];
  // Newest annotations first; their pages in that order, each page once.
  await db.annotations
    .orderBy('createdAt')
    .reverse()
    .until(() => pageIds.length >= pageCount)
    .each((row) => {
      if (!row.deletedAt && !pageIds.includes(row.pageId)) pageIds.push(row.pageId);
    });
  const pages = await db.pages.bulkGet(pageIds);
  const entries: LibraryEntry[] = [];
  for (const page of pages) {
    if (!page || page.deletedAt) continue;
    const shown = libraryPage(page);
    for (const annotation of await annotationsOfPage(db, page.id))
      entries.push(libraryEntry(annotation, shown, entries.length));
  }
  return entries;
}

/**
 * Reads every live page and annotation into a Library, `chunk` annotations at a time;
 * `progress` hears how many annotations were read so far.
 */
export async function loadLibrary(
  db: GlossDb,
  progress: (read: number) => void = () => {},
  chunk = 5_000,
): Promise<Library> {
  const library = new Library();
  await db.pages.each((page) => {
    if (!page.deletedAt) library.addPage(page);
  });
  let read = 0;
  let rows = await db.annotations.orderBy(':id').limit(chunk).toArray();
  while (rows.length > 0) {
    for (const row of rows) library.add(row);
    read += rows.length;
    progress(read);
    if (rows.length < chunk) break;
    rows = await db.annotations
      .where(':id')
      .above(rows[rows.length - 1]!.id)
      .limit(chunk)
      .toArray();
  }
  return library;
}
