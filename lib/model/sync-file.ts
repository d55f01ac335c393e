// The sync file: one JSON document that moves a reader's pages and annotations between browsers
// and machines, and that several browsers can share in a synced folder (see docs/sync-file.md).
import { z } from 'zod';
import { pageIdOf } from '../url';
import { Annotation, Id, Page, Timestamp } from './index';

export const SYNC_FORMAT = 'gloss-sync';
export const SYNC_VERSION = 1;

/**
 * A deleted record: only what a merge needs to keep it deleted. Deleted records travel as
 * tombstones, never in full, so that a shared file does not keep what the reader deleted.
 */
export const Tombstone = z.strictObject({
  id: Id,
  kind: z.enum(['page', 'annotation']),
  deletedAt: Timestamp,
  updatedAt: Timestamp,
});
export type Tombstone = z.infer<typeof Tombstone>;
export type RecordKind = Tombstone['kind'];

/** Live records only: a deletion is a tombstone. */
export const SyncPage = Page.omit({ deletedAt: true });
export type SyncPage = z.infer<typeof SyncPage>;
export const SyncAnnotation = Annotation.omit({ deletedAt: true });
export type SyncAnnotation = z.infer<typeof SyncAnnotation>;

type Issue = { path: (string | number)[]; message: string };

/** An id may appear once per kind, live or as a tombstone: two versions of a record are a merge's job. */
export function duplicateIds(file: {
  pages: { id: string }[];
  annotations: { id: string }[];
  tombstones: Tombstone[];
}): Issue[] {
  const issues: Issue[] = [];
  const seen = { page: new Set<string>(), annotation: new Set<string>() };
  const check = (kind: RecordKind, id: string, path: (string | number)[]) => {
    if (seen[kind].has(id)) issues.push({ path, message: `duplicate ${kind} id ${id}` });
    seen[kind].add(id);
  };
  file.pages.forEach((p, i) => check('page', p.id, ['pages', i, 'id']));
  file.annotations.forEach((a, i) => check('annotation', a.id, ['annotations', i, 'id']));
  file.tombstones.forEach((t, i) => check(t.kind, t.id, ['tombstones', i, 'id']));
  return issues;
}

/**
 * A page's id is derived from its URL (see lib/url.ts), the same in every browser; a file that
 * says otherwise would put two records on one page.
 */
function foreignPageIds(pages: { id: string; url: string }[]): Issue[] {
  const issues: Issue[] = [];
  pages.forEach((p, i) => {
    if (p.id !== pageIdOf(p.url)) {
      issues.push({ path: ['pages', i, 'id'], message: 'page id is not the id of its url' });
    }
  });
  return issues;
}

export const SyncFile = z
  .strictObject({
    format: z.literal(SYNC_FORMAT),
    /** Raised with every change to the format; see docs/sync-file.md. */
    version: z.literal(SYNC_VERSION),
    exportedAt: Timestamp,
    pages: z.array(SyncPage),
    annotations: z.array(SyncAnnotation),
    tombstones: z.array(Tombstone),
  })
  .superRefine((file, ctx) => {
    for (const issue of [...duplicateIds(file), ...foreignPageIds(file.pages)]) {
      ctx.addIssue({ code: 'custom', input: file, ...issue });
    }
  })
  .meta({
    title: 'Gloss sync file',
    description: "A reader's pages, annotations and tombstones, as exported by Gloss.",
  });
export type SyncFile = z.infer<typeof SyncFile>;
