// The sync file's JSON Schema, generated from the zod model so that the two cannot drift apart.
import { z } from 'zod';
import { SyncFile } from '../model/sync-file';

/** Where the published schema lives; `npm run schema` rewrites it, a test compares. */
export const SCHEMA_PATH = 'docs/sync-file.schema.json';

/** The schema of what a sync file may contain (zod's input side: tags before trimming). */
export function syncFileJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(SyncFile, { io: 'input' }), null, 2)}\n`;
}
