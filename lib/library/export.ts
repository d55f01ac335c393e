// Exporting a set of annotations: the library hands the selected records to an exporter and
// saves the file it makes: plain JSON, one of the files the sidebar makes too
// (lib/export/files.ts), or a bibliography (lib/export/bibliography.ts).
import type { Annotation, Page } from '../model';
import type { Settings } from '../model/settings';
import type { SyncFile } from '../model/sync-file';
import { fromRow, type GlossDb } from '../db';
import { citationExporters } from '../export/bibliography';
import { citationLocale } from '../export/citation';
import { exportFileName } from '../export/file-name';
import {
  recordExports,
  type ExportFile,
  type ExportWords,
  type RecordExport,
} from '../export/files';
import { fileOf } from '../sync/versions';

/** The live annotations chosen, and their pages. */
export interface Selection {
  pages: Page[];
  annotations: Annotation[];
}

/** Undefined: nothing to export. */
export type Exporter = (
  selection: Selection,
) => ExportFile | undefined | Promise<ExportFile | undefined>;

/** Reads the live annotations among `ids` (in that order) and their pages. */
export async function selectionOf(db: GlossDb, ids: readonly string[]): Promise<Selection> {
  const rows = await db.annotations.bulkGet([...ids]);
  const annotations = rows.flatMap((row) => (row && !row.deletedAt ? [fromRow(row)] : []));
  const pageIds = [...new Set(annotations.map((a) => a.pageId))];
  const pages = (await db.pages.bulkGet(pageIds)).filter((page): page is Page => !!page);
  return { pages, annotations };
}

/** What a selection is, for the names of its files: its page's title if it has one page. */
export const subjectOf = ({ pages }: Selection) => (pages.length === 1 ? pages[0]!.title : '');

/** The selected records as they are stored, in plain JSON. */
export const jsonExporter = (selection: Selection, now = new Date().toISOString()): ExportFile => ({
  // Told apart from the sync file, also .json, by its name.
  fileName: exportFileName(`${subjectOf(selection)} annotations`, now, 'json'),
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

const ofSelection =
  (make: RecordExport): Exporter =>
  (selection) =>
    make(syncFileOf(selection), subjectOf(selection));

/**
 * The exporters the library offers, by the name shown on their buttons: records (JSON, the
 * sync file under the UI's word for it, Markdown, W3C), then citations (references under the
 * UI's word for them, BibTeX, RIS …). The citation style is read from `settings` at each
 * export, so that a style changed meanwhile applies; the references are in `language`.
 */
export function libraryExporters(
  words: ExportWords & { syncFile: string; references: string },
  settings: () => Promise<Settings>,
  language: string,
): Record<string, Exporter> {
  const records = recordExports(words);
  const citationOptions = async () => ({
    style: (await settings()).citationStyle,
    locale: citationLocale(language),
  });
  return {
    JSON: jsonExporter,
    [words.syncFile]: ofSelection(records.syncFile),
    Markdown: ofSelection(records.markdown),
    W3C: ofSelection(records.w3c),
    ...citationExporters(citationOptions, words.references),
  };
}
