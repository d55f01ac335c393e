// Export of a set of annotations: one button per exporter given (lib/library/export.ts has
// the library's: JSON, sync file, Markdown, W3C, BibTeX, RIS).
import { useState } from 'preact/hooks';
import type { ExportFile, Exporter, Selection } from '@/lib/library/export';
import { t } from '../i18n';
import { errorMessage } from './errors';

export interface BulkExportProps {
  /** How many annotations are to be exported (none: the buttons are disabled). */
  count: number;
  /** The annotations' ids, asked for when a button is pressed. */
  ids: () => readonly string[];
  /** Reads the records to export (the live annotations among `ids` and their pages). */
  select: (ids: readonly string[]) => Promise<Selection>;
  /** By the name shown on the button ("JSON", "Markdown", "BibTeX"…). */
  exporters: Record<string, Exporter>;
  /** Tells what happened, for the page's status line. */
  onDone: (message: string) => void;
}

/** Saves a file through the browser's download of a link to it. */
function save(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function BulkExport({ count, ids, select, exporters, onDone }: BulkExportProps) {
  const [busy, setBusy] = useState(false);

  async function run(exporter: Exporter) {
    setBusy(true);
    try {
      const file = await exporter(await select(ids()));
      save(file);
      onDone(t('library_exported', file.fileName));
    } catch (error) {
      onDone(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="group" aria-label={t('library_export')} class="library-export">
      {Object.entries(exporters).map(([name, exporter]) => (
        <button
          key={name}
          type="button"
          disabled={busy || count === 0}
          onClick={() => void run(exporter)}
        >
          {t('library_exportAs', name)}
        </button>
      ))}
    </div>
  );
}
