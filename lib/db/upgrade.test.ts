import Dexie from 'dexie';
import { GlossDb } from './index';

describe('database upgrade', () => {
  it('opens a version 1 database as the current version, keeping its records, with createdAt indexed', async () => {
    const name = 'gloss-upgrade';
    const old = new Dexie(name);
    old.version(1).stores({
      pages: 'id, &url, updatedAt',
      annotations: 'id, [pageId+order], *tags, updatedAt',
    });
    const row = (id: string, createdAt: string) => ({
      id,
      pageId: 'p',
      order: 0,
      tags: [],
      createdAt,
      updatedAt: createdAt,
    });
    await old
      .table('annotations')
      .bulkAdd([row('a', '2022-01-01T00:00:00.000Z'), row('b', '2023-01-01T00:00:00.000Z')]);
    old.close();

    const db = new GlossDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    const newest = await db.annotations.orderBy('createdAt').reverse().primaryKeys();
    expect(newest).toEqual(['b', 'a']);
    await db.delete();
  });
});
