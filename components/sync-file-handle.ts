// "Keep in sync with a file" through the File System Access API (Chrome, Edge). Firefox has no
// such API; the panel then offers import and export by hand only.
import type { GlossDb } from '../lib/db';
import { syncWithFileText, type FileSyncResult } from '../lib/db/sync';

/** The parts of the API Gloss uses; TypeScript's DOM library does not describe them yet. */
interface PermissionedHandle extends FileSystemFileHandle {
  queryPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission(options: { mode: 'readwrite' }): Promise<PermissionState>;
}
interface PickerOptions {
  types: { description: string; accept: Record<string, string[]> }[];
  suggestedName?: string;
}
interface FilePickers {
  showOpenFilePicker(options: PickerOptions): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker(options: PickerOptions): Promise<FileSystemFileHandle>;
}

const HANDLE_ID = 'sync-file';
const pickers = () => window as unknown as Partial<FilePickers>;

export const canKeepFileInSync = () =>
  typeof pickers().showOpenFilePicker === 'function' &&
  typeof pickers().showSaveFilePicker === 'function';

const pickerOptions = (description: string, suggestedName?: string): PickerOptions => ({
  types: [{ description, accept: { 'application/json': ['.json'] } }],
  suggestedName,
});

/** Asks for a file (an existing one, or a new one to create) and remembers it. */
export async function pickSyncFile(
  db: GlossDb,
  mode: 'open' | 'create',
  description: string,
  suggestedName: string,
): Promise<FileSystemFileHandle> {
  const { showOpenFilePicker, showSaveFilePicker } = pickers() as FilePickers;
  const handle =
    mode === 'open'
      ? (await showOpenFilePicker(pickerOptions(description)))[0]!
      : await showSaveFilePicker(pickerOptions(description, suggestedName));
  await db.syncHandles.put({ id: HANDLE_ID, handle });
  return handle;
}

export async function storedSyncFile(db: GlossDb): Promise<FileSystemFileHandle | undefined> {
  return (await db.syncHandles.get(HANDLE_ID))?.handle;
}

export async function forgetSyncFile(db: GlossDb): Promise<void> {
  await db.syncHandles.delete(HANDLE_ID);
}

/** Whether the browser still lets Gloss write the file without asking the user again. */
export async function mayWrite(handle: FileSystemFileHandle): Promise<boolean> {
  return (
    (await (handle as PermissionedHandle).queryPermission({ mode: 'readwrite' })) === 'granted'
  );
}

/**
 * Reads the file, merges it into the database and writes the merged result back. Must follow
 * a click when the permission has lapsed (the browser asks the user then).
 */
export async function syncFileNow(
  db: GlossDb,
  handle: FileSystemFileHandle,
): Promise<FileSyncResult> {
  const permissioned = handle as PermissionedHandle;
  if (!(await mayWrite(handle))) {
    if ((await permissioned.requestPermission({ mode: 'readwrite' })) !== 'granted') {
      throw new Error('permission denied');
    }
  }
  const text = await (await handle.getFile()).text();
  const result = await syncWithFileText(db, text);
  if (result.ok && result.write !== null) {
    const writable = await handle.createWritable();
    await writable.write(result.write);
    await writable.close();
  }
  return result;
}
