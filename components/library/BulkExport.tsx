// Export of a set of annotations: one button per exporter given (lib/library/export.ts has
// the library's: JSON, sync file, Markdown, W3C, BibTeX, RIS).
import { useState } from 'preact/hooks';
import type { Exporter, Selection } from '@/lib/library/export';
import { saveFile } from '../download';
import { t } from '../i18n';
import { errorMessage } from '../errors';

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

export function BulkExport({ count, ids, select, exporters, onDone }: BulkExportProps) {
  const [busy, setBusy] = useState(false);

  async function run(exporter: Exporter) {
    setBusy(true);
    try {
      const file = await exporter(await select(ids()));
      if (file) {
        saveFile(file);
        onDone(t('library_exported', file.fileName));
      } else {
        onDone(t('sync_export_empty'));
      }
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
