// Exporting a set of annotations: the library hands the selected records to an exporter and
// saves the file it makes. Other formats (sync file, Markdown, W3C, citations) plug in as
// more exporters of the same shape.
import type { Annotation, Page } from '../model';
import { fromRow, type GlossDb } from '../db';

/** The live annotations chosen, and their pages. */
export interface Selection {
  pages: Page[];
  annotations: Annotation[];
}

export interface ExportFile {
  fileName: string;
  mime: string;
  content: string;
}

export type Exporter = (selection: Selection) => ExportFile | Promise<ExportFile>;

/** Reads the live annotations among `ids` (in that order) and their pages. */
export async function selectionOf(db: GlossDb, ids: readonly string[]): Promise<Selection> {
  const rows = await db.annotations.bulkGet([...ids]);
  const annotations = rows.flatMap((row) => (row && !row.deletedAt ? [fromRow(row)] : []));
  const pageIds = [...new Set(annotations.map((a) => a.pageId))];
  const pages = (await db.pages.bulkGet(pageIds)).filter((page): page is Page => !!page);
  return { pages, annotations };
}

/** The selected records as they are stored, in plain JSON. */
export const jsonExporter: Exporter = (selection) => ({
  fileName: 'gloss-annotations.json',
  mime: 'application/json',
  content: JSON.stringify(selection, null, 2),
});

/** The exporters the library always offers, by the name shown on their buttons. */
export const builtInExporters: Record<string, Exporter> = { JSON: jsonExporter };
