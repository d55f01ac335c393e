import { beforeEach, describe, expect, it } from 'vitest';
import { GlossDb } from './index';
import { handleToBackground, type PageAnnotations } from './handlers';

let db: GlossDb;
beforeEach(async () => {
  db = new GlossDb(`test-${crypto.randomUUID()}`);
  await db.open();
});

const selectors = [{ type: 'TextQuoteSelector' as const, exact: 'Đề án' }];

describe('handleToBackground', () => {
  it('finds a page by its normalised URL, whatever tracking or fragment the visit has', async () => {
    await handleToBackground(db, {
      type: 'annotation.create',
      url: 'https://tin-tuc.example/a.html?utm_source=fb#top',
      page: { url: 'https://tin-tuc.example/a.html', title: 'Quyền con người' },
      selectors,
      colour: 'yellow',
    });
    const found = (await handleToBackground(db, {
      type: 'page.annotations',
      url: 'https://tin-tuc.example/a.html?fbclid=1',
    })) as PageAnnotations;
    expect(found.annotations).toHaveLength(1);
    expect(found.page?.title).toBe('Quyền con người');
    expect(found.page?.url).toBe('https://tin-tuc.example/a.html');
  });

  it('answers a page without annotations with an empty list and no page', async () => {
    expect(
      await handleToBackground(db, { type: 'page.annotations', url: 'https://x.example/' }),
    ).toEqual({
      annotations: [],
    });
    expect(await handleToBackground(db, { type: 'page.annotations', url: 'about:blank' })).toEqual({
      annotations: [],
    });
  });

  it('refuses to annotate what is not a web page', async () => {
    await expect(
      handleToBackground(db, {
        type: 'annotation.create',
        url: 'file:///a',
        selectors,
        colour: 'blue',
      }),
    ).rejects.toThrow(/http/);
  });
});
