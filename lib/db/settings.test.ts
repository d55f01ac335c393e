import { describe, expect, it } from 'vitest';
import { GlossDb } from './index';
import { readSettings, writeSettings } from './settings';

describe('settings', () => {
  it('defaults to APA, remembers the chosen style, and survives a corrupt record', async () => {
    const db = new GlossDb(`test-${crypto.randomUUID()}`);
    expect(await readSettings(db)).toEqual({ citationStyle: 'apa' });
    await writeSettings(db, { citationStyle: 'mla' });
    expect((await readSettings(db)).citationStyle).toBe('mla');
    await db.settings.put({ key: 'settings', value: { citationStyle: 'nonsense' } });
    expect((await readSettings(db)).citationStyle).toBe('apa');
  });
});
