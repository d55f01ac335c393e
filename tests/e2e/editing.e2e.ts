// Notes from the selection toolbar, a sidebar that follows the page live, and orphans
// re-attached by hand, in real Chromium and Firefox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type BrowserName, type ExtensionBrowser, type Tab } from './browsers';
import {
  clickGlossButton,
  clickInEditor,
  editorFrame,
  pageMarkup,
  painted,
  selectWithMouse,
  sidebarQuotes,
  tabIdOf,
} from './page';
import { startServer, type PageServer } from './server';
import { viNews } from './vi-news';

const v1 = viNews('v1');
const FIRST =
  'Bộ Công an chủ trì tập huấn, đẩy mạnh tuyên truyền về quyền con người trong lực lượng công an nhân dân.';
const SECOND =
  'Bộ Tư pháp tổ chức tập huấn, bồi dưỡng kỹ năng truyền thông cho báo cáo viên, tuyên truyền viên pháp luật.';
const NEW_PLACE =
  'Ban Tuyên giáo Trung ương chủ trì tập huấn, bồi dưỡng kỹ năng truyền thông cho báo cáo viên, tuyên truyền viên các cấp.';
const NOTE = 'Riêng tư: so sánh với năm 2021';

describe.each<BrowserName>(['chromium', 'firefox'])('editing in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let article: Tab;
  let sidebar: Tab;
  let url: string;

  beforeAll(async () => {
    server = await startServer();
    server.set('/edit.html', v1);
    url = `${server.origin}/edit.html`;
    browser = await launch(name);
    article = await browser.newTab();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a note from the toolbar in an editor the page cannot read', async () => {
    await article.goto(url);
    await selectWithMouse(article, FIRST);
    await clickGlossButton(article, 'Add note');
    const frame = await editorFrame(article);
    await clickInEditor(article, frame, 'textarea');
    await article.keyboard.type(NOTE);
    await clickInEditor(article, frame, 'button[type="submit"]');
    await waitFor('the editor to close', async () =>
      article.evaluate(
        () => !document.querySelector('gloss-ui')?.shadowRoot?.querySelector('iframe'),
        null,
      ),
    );
    expect((await painted(article))['gloss-yellow']).toEqual([FIRST]);
    expect(await pageMarkup(article)).not.toContain(NOTE);

    const tabId = await tabIdOf(browser, url);
    sidebar = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`, '.card .note');
    expect(
      await sidebar.evaluate(() => document.querySelector('.card .note')?.textContent, null),
    ).toBe(NOTE);
  });

  it('shows a new highlight in the open sidebar at once, in document order', async () => {
    await article.bringToFront();
    await selectWithMouse(article, SECOND);
    await clickGlossButton(article, 'Highlight green');
    await waitFor(
      'the sidebar to list two highlights',
      async () => (await sidebarQuotes(sidebar)).attached.length === 2,
    );
    expect((await sidebarQuotes(sidebar)).attached).toEqual([FIRST, SECOND]);
    expect((await painted(article))['gloss-green']).toEqual([SECOND]);
  });

  it('lists a highlight whose passage is gone as an orphan, and re-attaches it to a new selection', async () => {
    server.set('/edit.html', v1.replace(FIRST, ''));
    await article.goto(url);
    await waitFor(
      'the orphan in the sidebar',
      async () => (await sidebarQuotes(sidebar)).orphans.length === 1,
    );
    expect(await sidebarQuotes(sidebar)).toEqual({ attached: [SECOND], orphans: [FIRST] });
    expect((await painted(article))['gloss-yellow'] ?? []).toEqual([]);

    await selectWithMouse(article, NEW_PLACE);
    await sidebar.evaluate(() => {
      [...document.querySelectorAll('button')]
        .find((b) => b.textContent === 'Re-attach to selection')
        ?.click();
    }, null);
    await waitFor(
      'the re-attached highlight',
      async () => (await painted(article))['gloss-yellow']?.length === 1,
    );
    expect((await painted(article))['gloss-yellow']).toEqual([NEW_PLACE]);
    await waitFor(
      'the sidebar to show no orphan',
      async () => (await sidebarQuotes(sidebar)).orphans.length === 0,
    );
    expect((await sidebarQuotes(sidebar)).attached).toEqual([NEW_PLACE, SECOND]);
  });

  it('highlights the selection as the context menu and the keyboard command ask it to', async () => {
    const phrase = 'Đối với việc hoàn thiện cơ chế, hệ thống văn bản hướng dẫn quản lý Đề án';
    await article.bringToFront();
    await selectWithMouse(article, phrase);
    // Both send the tab this message (background.ts); a headless browser has no menu to click.
    await sidebar.evaluate(
      async ({ tabId }) => {
        type Tabs = { sendMessage(id: number, message: object): Promise<unknown> };
        const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        await api.tabs.sendMessage(tabId, { type: 'selection.highlight', colour: 'pink' });
      },
      { tabId: await tabIdOf(browser, url) },
    );
    await waitFor(
      'the pink highlight',
      async () => (await painted(article))['gloss-pink']?.length === 1,
    );
    expect((await painted(article))['gloss-pink']).toEqual([phrase]);
  });
});
