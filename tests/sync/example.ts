// The published example sync file (docs/examples/sync-file.json), as text and parsed.
import { readFileSync } from 'node:fs';
import type { SyncFile } from '../../lib/model/sync-file';
import { parseSyncFile } from '../../lib/sync';

export const exampleText = readFileSync('docs/examples/sync-file.json', 'utf8');

/** A fresh copy each time, for tests that change it. */
export function exampleFile(): SyncFile {
  const result = parseSyncFile(exampleText);
  if (!result.ok) throw new Error(`the example is invalid: ${JSON.stringify(result.errors)}`);
  return result.file;
}
