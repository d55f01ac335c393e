// Exporting a set of annotations: the library hands the selected records to an exporter and
// saves the file it makes: plain JSON, a sync file, Markdown, W3C Web Annotations. Citation
// formats come from lib/export/bibliography.ts.
import type { Annotation, Page } from '../model';
import type { SyncFile } from '../model/sync-file';
import { fromRow, type GlossDb } from '../db';
import { toMarkdown, zipDocuments, type MarkdownLabels } from '../export/markdown';
import { toWebAnnotations } from '../export/w3c';
import { serializeSyncFile } from '../sync';
import { fileOf } from '../sync/versions';

/** The live annotations chosen, and their pages. */
export interface Selection {
  pages: Page[];
  annotations: Annotation[];
}

export interface ExportFile {
  fileName: string;
  mime: string;
  /** Text, or a zip of Markdown documents. */
  content: string | Blob;
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

/** The selection as a sync file (live records only: no tombstones), to import elsewhere. */
function syncFileOf({ pages, annotations }: Selection, now = new Date().toISOString()): SyncFile {
  return fileOf(now, [
    ...pages.map(({ deletedAt: _deletedAt, ...record }) => ({ kind: 'page' as const, record })),
    ...annotations.map(({ deletedAt: _deletedAt, ...record }) => ({
      kind: 'annotation' as const,
      record,
    })),
  ]);
}

/**
 * The exporters the library offers, by the name shown on their buttons (format names, and
 * the UI's word for the sync file). Markdown is one document per page: a page alone as .md,
 * several as a zip, with the UI's words for its labels.
 */
export function libraryExporters(
  words: MarkdownLabels & { syncFile: string },
): Record<string, Exporter> {
  const { syncFile, ...labels } = words;
  return {
    JSON: jsonExporter,
    [syncFile]: (selection) => ({
      fileName: 'gloss-sync.json',
      mime: 'application/json',
      content: serializeSyncFile(syncFileOf(selection)),
    }),
    Markdown: async (selection) => {
      const documents = toMarkdown(syncFileOf(selection), { labels });
      if (documents.length === 1) return { ...documents[0]!, mime: 'text/markdown' };
      return {
        fileName: 'gloss-markdown.zip',
        mime: 'application/zip',
        content: await zipDocuments(documents),
      };
    },
    W3C: (selection) => ({
      fileName: 'gloss-annotations.jsonld',
      mime: 'application/ld+json',
      content: JSON.stringify(toWebAnnotations(syncFileOf(selection)), null, 2),
    }),
  };
}
