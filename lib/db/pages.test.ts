import { beforeEach, describe, expect, it } from 'vitest';
import { pageIdOf } from '../url';
import { GlossDb, createAnnotation, pageByUrl } from './index';
import { updatePageCitation } from './pages';

const URL_A = 'https://tin-tuc.example/a.html';
let db: GlossDb;
let pageId: string;

beforeEach(async () => {
  db = new GlossDb(`test-${crypto.randomUUID()}`);
  await db.open();
  await createAnnotation(
    db,
    {
      url: URL_A,
      page: {
        url: URL_A,
        title: 'Quyền con người',
        citation: { title: 'Quyền con người', issued: '2022-11-30' },
      },
      selectors: [{ type: 'TextQuoteSelector', exact: 'quyền' }],
      colour: 'yellow',
    },
    '2026-11-20T09:00:00.000Z',
  );
  pageId = pageIdOf(URL_A);
});

describe('updatePageCitation', () => {
  it('keeps the corrections beside the extracted citation and marks the page updated', async () => {
    const edits = { author: [{ literal: 'Báo Tin tức/TTXVN' }], issued: '2022-12-01' };
    const updated = await updatePageCitation(db, pageId, edits, '2026-11-21T10:00:00.000Z');
    expect(updated).toMatchObject({ citationEdits: edits, updatedAt: '2026-11-21T10:00:00.000Z' });
    const stored = await pageByUrl(db, URL_A);
    expect(stored?.citation).toEqual({ title: 'Quyền con người', issued: '2022-11-30' });
    expect(stored?.citationEdits).toEqual(edits);
  });

  it('removes the corrections when given none', async () => {
    await updatePageCitation(db, pageId, { title: 'Sửa' }, '2026-11-21T10:00:00.000Z');
    const updated = await updatePageCitation(db, pageId, {}, '2026-11-22T10:00:00.000Z');
    expect(updated && 'citationEdits' in updated).toBe(false);
    expect((await pageByUrl(db, URL_A))?.citationEdits).toBeUndefined();
  });

  it('refuses invalid corrections and ignores a missing page', async () => {
    await expect(updatePageCitation(db, pageId, { title: 'x'.repeat(20_000) })).rejects.toThrow();
    expect((await pageByUrl(db, URL_A))?.citationEdits).toBeUndefined();
    expect(
      await updatePageCitation(db, pageIdOf('https://e.org/none'), { title: 'x' }),
    ).toBeUndefined();
  });
});
