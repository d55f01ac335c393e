// The files annotations are exported as, alike from the sidebar and the library: the sync
// file, Markdown and W3C Web Annotations, each with its type and its name (exportFileName:
// "gloss", what the file holds, the day).
import type { SyncFile } from '../model/sync-file';
import { serializeSyncFile } from '../sync';
import { exportFileName } from './file-name';
import { toMarkdown, zipDocuments, type MarkdownLabels } from './markdown';
import { toWebAnnotations } from './w3c';

export interface ExportFile {
  fileName: string;
  mime: string;
  /** Text, or a zip of Markdown documents. */
  content: string | Blob;
}

/** The UI's words written into the files: Markdown's labels, the W3C collection's label. */
export interface ExportWords extends MarkdownLabels {
  collection: string;
}

/**
 * Makes one kind of file of the annotations in `file`. `subject` says what they are, for the
 * file's name: empty for everything, a page's title, "tag …". Undefined: nothing to export.
 */
export type RecordExport = (file: SyncFile, subject: string) => Promise<ExportFile | undefined>;

export function recordExports(words: ExportWords): {
  syncFile: RecordExport;
  markdown: RecordExport;
  w3c: RecordExport;
} {
  const { collection, ...labels } = words;
  return {
    syncFile: async (file, subject) => ({
      fileName: exportFileName(subject, file.exportedAt, 'json'),
      mime: 'application/json',
      content: serializeSyncFile(file),
    }),
    // One document per page: a page alone as .md (named by its title), several as a zip.
    markdown: async (file, subject) => {
      const documents = toMarkdown(file, { labels });
      if (documents.length === 0) return undefined;
      if (documents.length === 1) return { ...documents[0]!, mime: 'text/markdown' };
      return {
        fileName: exportFileName(subject, file.exportedAt, 'zip'),
        mime: 'application/zip',
        content: await zipDocuments(documents),
      };
    },
    w3c: async (file, subject) => ({
      fileName: exportFileName(subject, file.exportedAt, 'jsonld'),
      mime: 'application/ld+json',
      content: `${JSON.stringify(toWebAnnotations(file, collection), null, 2)}\n`,
    }),
  };
}
