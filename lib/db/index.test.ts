import { beforeEach, describe, expect, it } from 'vitest';
import { quoteOf, type Selector } from '../model';
import { pageIdOf } from '../url';
import {
  GlossDb,
  annotationsByTag,
  annotationsOfPage,
  createAnnotation,
  deleteAnnotation,
  pageByUrl,
  restoreAnnotation,
  tagCounts,
  updateAnnotation,
} from './index';

const URL_A = 'https://tin-tuc.example/a.html';
const quote = (exact: string, start: number): Selector[] => [
  { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  { type: 'TextPositionSelector', start, end: start + exact.length },
];

let db: GlossDb;
beforeEach(async () => {
  db = new GlossDb(`test-${crypto.randomUUID()}`);
  await db.open();
});

describe('database', () => {
  it("lists a page's annotations in document order, not creation order", async () => {
    const page = { url: URL_A, title: 'Quyền con người', siteName: 'Tin Tức' };
    await createAnnotation(db, {
      url: URL_A,
      page,
      selectors: quote('third', 300),
      colour: 'blue',
    });
    await createAnnotation(db, { url: URL_A, selectors: quote('first', 10), colour: 'yellow' });
    await createAnnotation(db, { url: URL_A, selectors: quote('second', 120), colour: 'green' });
    await createAnnotation(db, {
      url: 'https://other.example/',
      selectors: quote('elsewhere', 0),
      colour: 'pink',
    });
    const list = await annotationsOfPage(db, pageIdOf(URL_A));
    expect(list.map(quoteOf)).toEqual(['first', 'second', 'third']);
    expect(list[0]).not.toHaveProperty('order');
    expect((await pageByUrl(db, URL_A))?.title).toBe('Quyền con người');
  });

  it('keeps the page record of the first highlight', async () => {
    await createAnnotation(db, {
      url: URL_A,
      page: { url: URL_A, title: 'First' },
      selectors: quote('a', 1),
      colour: 'yellow',
    });
    await createAnnotation(db, {
      url: URL_A,
      page: { url: URL_A, title: 'Second' },
      selectors: quote('b', 2),
      colour: 'yellow',
    });
    expect((await pageByUrl(db, URL_A))?.title).toBe('First');
  });

  it('updates note and tags, refusing what the model refuses', async () => {
    const a = await createAnnotation(db, {
      url: URL_A,
      selectors: quote('x', 0),
      colour: 'yellow',
    });
    const later = '2030-01-01T00:00:00.000Z';
    const updated = await updateAnnotation(
      db,
      a.id,
      { note: '**ghi chú**', tags: [' nhân  quyền '] },
      later,
    );
    expect(updated?.tags).toEqual(['nhân quyền']);
    expect(updated?.updatedAt).toBe(later);
    await expect(updateAnnotation(db, a.id, { tags: ['a', 'a'] })).rejects.toThrow(/duplicate tag/);
    expect((await annotationsByTag(db, 'nhân quyền')).map((x) => x.id)).toEqual([a.id]);
  });

  it('deletes with a tombstone, and undo brings the annotation back', async () => {
    const a = await createAnnotation(db, {
      url: URL_A,
      selectors: quote('x', 0),
      colour: 'yellow',
    });
    await updateAnnotation(db, a.id, { tags: ['t'] });
    await deleteAnnotation(db, a.id, '2030-01-01T00:00:00.000Z');
    expect(await annotationsOfPage(db, a.pageId)).toEqual([]);
    expect(await tagCounts(db)).toEqual([]);
    const tombstone = await db.annotations.get(a.id);
    expect(tombstone?.deletedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(await updateAnnotation(db, a.id, { note: 'x' })).toBeUndefined();

    await restoreAnnotation(db, a.id, '2030-01-01T00:00:01.000Z');
    const [back] = await annotationsOfPage(db, a.pageId);
    expect(back?.id).toBe(a.id);
    expect(back?.deletedAt).toBeUndefined();
    expect(back?.updatedAt).toBe('2030-01-01T00:00:01.000Z');
  });

  it('counts tags, most used first', async () => {
    for (const tags of [['b'], ['a', 'b'], ['c', 'b'], ['a']]) {
      const a = await createAnnotation(db, {
        url: URL_A,
        selectors: quote('x', 0),
        colour: 'yellow',
      });
      await updateAnnotation(db, a.id, { tags });
    }
    expect(await tagCounts(db)).toEqual([
      { tag: 'b', count: 3 },
      { tag: 'a', count: 2 },
      { tag: 'c', count: 1 },
    ]);
  });
});
