// Saving a file the user asked for: an <a download> on a blob URL works in every browser's
// extension pages, with no downloads permission.
import type { ExportFile } from '@/lib/export/files';

export function saveFile({ fileName, content, mime }: ExportFile): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox may still be reading the blob after the click: keep the URL for a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
