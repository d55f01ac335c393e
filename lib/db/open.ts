import { GlossDb } from './index';

let db: GlossDb | undefined;

/** The extension's one database, opened once per context. */
export function openDb(): GlossDb {
  db ??= new GlossDb();
  return db;
}
