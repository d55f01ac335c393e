import { Settings } from '../model/settings';
import type { GlossDb } from './index';

const KEY = 'settings';

/** The reader's settings; anything missing or unreadable falls back to its default. */
export async function readSettings(db: GlossDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return Settings.parse(row?.value ?? {});
}

export async function writeSettings(db: GlossDb, changes: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const value = Settings.parse({ ...(await readSettings(db)), ...changes });
    await db.settings.put({ key: KEY, value });
    return value;
  });
}
