// The reading loop as a reader lives it, in real Chromium and Firefox: select, highlight,
// reload, see it again; the page changes (NFD, new layout), see it again; note and tag it.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type BrowserName, type ExtensionBrowser, type Tab } from './browsers';
import {
  clickGlossButton,
  pageMarkup,
  painted,
  selectWithMouse,
  tabIdOf,
  toolbarShown,
} from './page';
import { startServer, type PageServer } from './server';
import { viNews, TUYEN_GIAO as SENTENCE } from './vi-news';

const artifacts = resolve(import.meta.dirname, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const NOTE = 'Ghi chú riêng: đối chiếu với Quyết định 1079';
const TAG = 'nhân quyền';

describe.each<BrowserName>(['chromium', 'firefox'])('reading loop in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let article: Tab;
  let url: string;

  beforeAll(async () => {
    server = await startServer();
    server.set('/article.html', viNews('v1'));
    url = `${server.origin}/article.html`;
    browser = await launch(name);
    article = await browser.newTab();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const paintedYellow = async () => (await painted(article))['gloss-yellow'] ?? [];

  it('highlights a sentence selected with the mouse, and paints it again after a reload', async () => {
    await article.goto(url);
    await selectWithMouse(article, SENTENCE);
    await clickGlossButton(article, 'Highlight yellow');
    await waitFor('the highlight to be painted', async () => (await paintedYellow()).length === 1);
    expect(await paintedYellow()).toEqual([SENTENCE]);
    expect(await toolbarShown(article)).toBe(false);

    await article.goto(url);
    await waitFor('the highlight after reload', async () => (await paintedYellow()).length === 1);
    expect(await paintedYellow()).toEqual([SENTENCE]);
    await article.screenshot({ path: join(artifacts, `${name}-v1-reloaded.png`) });
  });

  it('finds the same sentence on the changed page (NFD text, new layout) at the same URL', async () => {
    server.set('/article.html', viNews('v2'));
    await article.goto(url);
    await waitFor('the highlight on v2', async () => (await paintedYellow()).length === 1);
    expect(await paintedYellow()).toEqual([SENTENCE]);
    await article.screenshot({ path: join(artifacts, `${name}-v2.png`) });
  });

  it('adds a note and a tag in the sidebar, stored, and never written into the page', async () => {
    const tabId = await tabIdOf(browser, url);
    const sidebar = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`, '.card');
    expect(await sidebar.evaluate(() => document.querySelector('h1')?.textContent, null)).toContain(
      'Nâng cao hiệu quả công tác truyền thông về quyền con người',
    );
    await sidebar.evaluate(() => {
      const add = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Add note',
      );
      add?.click();
    }, null);
    await waitFor('the note editor', () =>
      sidebar.evaluate(() => document.activeElement?.localName === 'textarea', null),
    );
    await sidebar.keyboard.type(NOTE);
    await sidebar.evaluate(() => {
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save')?.click();
    }, null);
    await sidebar.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[aria-label="Add a tag"]')?.focus();
    }, null);
    await sidebar.keyboard.type(TAG);
    await sidebar.keyboard.press('Enter');
    await waitFor('the note and the tag to show', () =>
      sidebar.evaluate(
        () =>
          Boolean(document.querySelector('.card .note') && document.querySelector('.card .chip')),
        null,
      ),
    );

    // Stored: a fresh sidebar reads them back from the database.
    await sidebar.close();
    const again = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`, '.card .note');
    const card = await again.evaluate(
      () => ({
        note: document.querySelector('.card .note')?.textContent ?? '',
        tags: [...document.querySelectorAll('.card .chip span')].map((s) => s.textContent),
      }),
      null,
    );
    expect(card.note).toContain(NOTE);
    expect(card.tags).toEqual([TAG]);
    await again.screenshot({ path: join(artifacts, `${name}-sidebar.png`) });
    await again.close();

    await article.bringToFront();
    await article.goto(url);
    await waitFor('the highlight', async () => (await paintedYellow()).length === 1);
    const markup = await pageMarkup(article);
    expect(markup).not.toContain(NOTE);
    expect(markup.normalize('NFC')).not.toContain(NOTE);
    expect(markup).not.toContain(TAG);
  });
});
