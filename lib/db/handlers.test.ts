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

describe('citation.quote', () => {
  it("cites a highlighted page from its stored record, in the reader's style", async () => {
    const url = 'https://tin-tuc.example/a.html';
    await handleToBackground(db, {
      type: 'annotation.create',
      url,
      page: {
        url,
        title: 'Nâng cao hiệu quả công tác truyền thông về quyền con người',
        siteName: 'Tin Tức Example',
        publishedTime: '2022-11-30T13:22:00+07:00',
        citation: { type: 'article-newspaper', author: [{ literal: 'Báo Tin tức/TTXVN' }] },
      },
      selectors,
      colour: 'yellow',
    });
    const quoted = (await handleToBackground(db, {
      type: 'citation.quote',
      url: `${url}?utm_source=x`,
      quote: 'Đề án',
    })) as { text: string; html: string };
    expect(quoted.text).toContain('“Đề án” (Báo Tin tức/TTXVN, 2022)');
    expect(quoted.text).toContain('Nâng cao hiệu quả công tác truyền thông về quyền con người');
    expect(quoted.text).toContain(url);
    expect(quoted.html).toContain('<p>“Đề án”');
  });

  it('cites a page not yet highlighted from what the content script read', async () => {
    const quoted = (await handleToBackground(db, {
      type: 'citation.quote',
      url: 'https://blog.example/post',
      quote: 'A sentence.',
      page: { url: 'https://blog.example/post', title: 'A post', byline: 'Jane Doe' },
    })) as { text: string };
    expect(quoted.text).toContain('“A sentence.”');
    expect(quoted.text).toContain('A post');
  });
});
