// The reading loop as a reader lives it, in real Chromium and Firefox: select, highlight,
// reload, see it again; the page changes (NFD, new layout), see it again; note and tag it.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor, type BrowserName } from './browsers';
import { pageMarkup, painted, tabIdOf, toolbarShown, highlight } from './page';
import { useSession } from './session';
import { viNews, TUYEN_GIAO as SENTENCE } from './vi-news';

const artifacts = resolve(import.meta.dirname, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const NOTE = 'Ghi chú riêng: đối chiếu với Quyết định 1079';
const TAG = 'nhân quyền';

describe.each<BrowserName>(['chromium', 'firefox'])('reading loop in %s', (name) => {
  const session = useSession(name, { '/article.html': viNews('v1') });

  const paintedYellow = async () => (await painted(session.tab))['gloss-yellow'] ?? [];

  it('highlights a sentence selected with the mouse, and paints it again after a reload', async () => {
    await session.tab.goto(session.url('/article.html'));
    await highlight(session.tab, SENTENCE, 'yellow');
    expect(await paintedYellow()).toEqual([SENTENCE]);
    expect(await toolbarShown(session.tab)).toBe(false);

    await session.tab.goto(session.url('/article.html'));
    await waitFor('the highlight after reload', async () => (await paintedYellow()).length === 1);
    expect(await paintedYellow()).toEqual([SENTENCE]);
    await session.tab.screenshot({ path: join(artifacts, `${name}-v1-reloaded.png`) });
  });

  it('finds the same sentence on the changed page (NFD text, new layout) at the same URL', async () => {
    session.server.set('/article.html', viNews('v2'));
    await session.tab.goto(session.url('/article.html'));
    await waitFor('the highlight on v2', async () => (await paintedYellow()).length === 1);
    expect(await paintedYellow()).toEqual([SENTENCE]);
    await session.tab.screenshot({ path: join(artifacts, `${name}-v2.png`) });
  });

  it('adds a note and a tag in the sidebar, stored, and never written into the page', async () => {
    const tabId = await tabIdOf(session.browser, session.url('/article.html'));
    const sidebar = await session.browser.openExtensionPage(
      `sidepanel.html?tabId=${tabId}`,
      '.card',
    );
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
    const again = await session.browser.openExtensionPage(
      `sidepanel.html?tabId=${tabId}`,
      '.card .note',
    );
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

    await session.tab.bringToFront();
    await session.tab.goto(session.url('/article.html'));
    await waitFor('the highlight', async () => (await paintedYellow()).length === 1);
    const markup = await pageMarkup(session.tab);
    expect(markup).not.toContain(NOTE);
    expect(markup.normalize('NFC')).not.toContain(NOTE);
    expect(markup).not.toContain(TAG);
  });
});
