// The library across pages, in Chromium and Firefox: highlights on two pages, found by typing
// their words without diacritics, filtered by tag, exported; and the sidebar and library
// checked by axe-core in English and Vietnamese.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { waitFor, type BrowserName, type ExtensionBrowser, type Tab } from './browsers';
import { captureDownloads, downloads, tabIdOf, highlight } from './page';
import { useSession } from './session';
import { viNews, TUYEN_GIAO as VI_SENTENCE } from './vi-news';

const v1 = viNews('v1');
const EN_SENTENCE = 'Annotations that survive a redesign are the ones readers trust.';
const english = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Durable notes</title>
<meta property="og:site_name" content="Reading Lab"></head><body><article><h1>Durable notes</h1>
<p>Web pages change all the time. ${EN_SENTENCE} Everything else is a bookmark.</p>
<p>Second paragraph with more words, so that the article is an article.</p></article></body></html>`;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's WCAG 2 A and AA violations on an extension page, as "rule: target" lines. */
async function axeViolations(tab: Tab): Promise<string[]> {
  // A string is evaluated by the DevTools protocol itself, not by eval: the page's CSP allows it.
  await (tab as unknown as { evaluate(source: string): Promise<unknown> }).evaluate(axeSource);
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, null);
}

/** Highlights `text` on the page at `url` in green and, given a tag, tags it in the sidebar. */
async function highlightAndTag(
  browser: ExtensionBrowser,
  tab: Tab,
  url: string,
  text: string,
  tag?: string,
) {
  await tab.goto(url);
  await highlight(tab, text, 'green');
  if (!tag) return;
  const sidebar = await browser.openExtensionPage(
    `sidepanel.html?tabId=${await tabIdOf(browser, url)}`,
    '.card',
  );
  await sidebar.evaluate(
    () => document.querySelector<HTMLInputElement>('.card input[type="text"]')?.focus(),
    null,
  );
  await sidebar.keyboard.type(tag);
  await sidebar.keyboard.press('Enter');
  await waitFor('the tag', () =>
    sidebar.evaluate(() => document.querySelector('.card .chip') !== null, null),
  );
  await sidebar.close();
}

/** The quotes the library lists now, with the parts it marks as matches. */
function results(library: Tab): Promise<{ quotes: string[]; marked: string[] }> {
  return library.evaluate(
    () => ({
      quotes: [...document.querySelectorAll('.library-quote')].map((q) =>
        (q.textContent ?? '').normalize('NFC'),
      ),
      marked: [...document.querySelectorAll('.library-quote mark')].map((m) => m.textContent ?? ''),
    }),
    null,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('library in %s', (name) => {
  const session = useSession(name, { '/vi.html': v1, '/en.html': english });

  it('finds a highlight by its words without diacritics, filters by tag, exports the result', async () => {
    await highlightAndTag(
      session.browser,
      session.tab,
      session.url('/vi.html'),
      VI_SENTENCE,
      'nhân quyền',
    );
    await highlightAndTag(
      session.browser,
      session.tab,
      session.url('/en.html'),
      EN_SENTENCE,
      'web',
    );

    const library = await session.browser.openExtensionPage('library.html', '.library-search');
    await waitFor('both highlights', async () => (await results(library)).quotes.length === 2);

    await library.evaluate(
      () => document.querySelector<HTMLInputElement>('.library-search')?.focus(),
      null,
    );
    await library.keyboard.type('ban tuyen giao');
    await waitFor('the search result', async () => (await results(library)).quotes.length === 1);
    const found = await results(library);
    expect(found.quotes).toEqual([VI_SENTENCE]);
    // Every word of the query is marked where it starts a word ("tuyên" also in "tuyên truyền").
    expect(found.marked.map((m) => m.normalize('NFC'))).toEqual(['Ban', 'Tuyên', 'giáo', 'tuyên']);

    await library.evaluate(() => {
      const search = document.querySelector<HTMLInputElement>('.library-search')!;
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    }, null);
    await waitFor('the search cleared', async () => (await results(library)).quotes.length === 2);
    await library.evaluate(() => {
      const tag = [...document.querySelectorAll('select')].find((s) =>
        [...s.options].some((o) => o.value === 'web'),
      )!;
      tag.value = 'web';
      tag.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    await waitFor('the tag filter', async () => {
      const { quotes } = await results(library);
      return quotes.length === 1 && quotes[0] === EN_SENTENCE;
    });
    // The address follows in an effect, which a background session.tab may run up to 100 ms later.
    await waitFor('the tag in the address', async () =>
      (await library.evaluate(() => location.search, null)).includes('tag=web'),
    );

    await captureDownloads(library);
    await library.evaluate(() => {
      [...document.querySelectorAll('button')]
        .find((b) => b.textContent?.trim() === 'Export JSON')
        ?.click();
    }, null);
    const [file] = await waitFor('the export', async () => {
      const files = await downloads(library);
      return files.length > 0 ? files : null;
    });
    const exported = JSON.parse(file!.text) as { annotations: { tags: string[] }[] };
    expect(exported.annotations.map((a) => a.tags)).toEqual([['web']]);

    expect(await axeViolations(library)).toEqual([]);
    const sidebar = await session.browser.openExtensionPage(
      `sidepanel.html?tabId=${await tabIdOf(session.browser, session.url('/en.html'))}`,
      '.card',
    );
    expect(await axeViolations(sidebar)).toEqual([]);
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('Vietnamese UI in %s', (name) => {
  const session = useSession(name, { '/vi.html': v1 }, { lang: 'vi' });

  it('speaks Vietnamese in the toolbar, sidebar and library, with no accessibility violations', async () => {
    const { tab } = session;
    const url = session.url('/vi.html');
    await tab.goto(url);
    await highlight(tab, VI_SENTENCE, 'yellow', 'Tô vàng');

    const sidebar = await session.browser.openExtensionPage(
      `sidepanel.html?tabId=${await tabIdOf(session.browser, url)}`,
      '.card',
    );
    expect(await sidebar.evaluate(() => document.documentElement.lang, null)).toMatch(/^vi/);
    expect(await sidebar.evaluate(() => document.body.textContent, null)).toContain(
      'Xoá đoạn tô sáng',
    );
    expect(await axeViolations(sidebar)).toEqual([]);

    const library = await session.browser.openExtensionPage('library.html', '.library-quote');
    expect(
      await library.evaluate(
        () => document.querySelector('.library-search')?.getAttribute('aria-label'),
        null,
      ),
    ).not.toBe('Search highlights');
    expect(await axeViolations(library)).toEqual([]);
  });
});
