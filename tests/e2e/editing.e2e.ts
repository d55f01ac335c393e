// Notes from the selection toolbar, a sidebar that follows the page live, and orphans
// re-attached by hand, in real Chromium and Firefox.
import { describe, expect, it } from 'vitest';
import { waitFor, type BrowserName, type Tab } from './browsers';
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
import { useSession } from './session';
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
  const session = useSession(name, { '/edit.html': v1 });
  let sidebar: Tab;

  it('adds a note from the toolbar in an editor the page cannot read', async () => {
    await session.tab.goto(session.url('/edit.html'));
    await selectWithMouse(session.tab, FIRST);
    await clickGlossButton(session.tab, 'Add note');
    const frame = await editorFrame(session.tab);
    await clickInEditor(session.tab, frame, 'textarea');
    await session.tab.keyboard.type(NOTE);
    await clickInEditor(session.tab, frame, 'button[type="submit"]');
    await waitFor('the editor to close', async () =>
      session.tab.evaluate(
        () => !document.querySelector('gloss-ui')?.shadowRoot?.querySelector('iframe'),
        null,
      ),
    );
    expect((await painted(session.tab))['gloss-yellow']).toEqual([FIRST]);
    expect(await pageMarkup(session.tab)).not.toContain(NOTE);

    const tabId = await tabIdOf(session.browser, session.url('/edit.html'));
    sidebar = await session.browser.openExtensionPage(
      `sidepanel.html?tabId=${tabId}`,
      '.card .note',
    );
    expect(
      await sidebar.evaluate(() => document.querySelector('.card .note')?.textContent, null),
    ).toBe(NOTE);
  });

  it('shows a new highlight in the open sidebar at once, in document order', async () => {
    await session.tab.bringToFront();
    await selectWithMouse(session.tab, SECOND);
    await clickGlossButton(session.tab, 'Highlight green');
    await waitFor(
      'the sidebar to list two highlights',
      async () => (await sidebarQuotes(sidebar)).attached.length === 2,
    );
    expect((await sidebarQuotes(sidebar)).attached).toEqual([FIRST, SECOND]);
    expect((await painted(session.tab))['gloss-green']).toEqual([SECOND]);
  });

  it('lists a highlight whose passage is gone as an orphan, and re-attaches it to a new selection', async () => {
    session.server.set('/edit.html', v1.replace(FIRST, ''));
    await session.tab.goto(session.url('/edit.html'));
    await waitFor(
      'the orphan in the sidebar',
      async () => (await sidebarQuotes(sidebar)).orphans.length === 1,
    );
    expect(await sidebarQuotes(sidebar)).toEqual({ attached: [SECOND], orphans: [FIRST] });
    expect((await painted(session.tab))['gloss-yellow'] ?? []).toEqual([]);

    await selectWithMouse(session.tab, NEW_PLACE);
    await sidebar.evaluate(() => {
      [...document.querySelectorAll('button')]
        .find((b) => b.textContent === 'Re-attach to selection')
        ?.click();
    }, null);
    await waitFor(
      'the re-attached highlight',
      async () => (await painted(session.tab))['gloss-yellow']?.length === 1,
    );
    expect((await painted(session.tab))['gloss-yellow']).toEqual([NEW_PLACE]);
    await waitFor(
      'the sidebar to show no orphan',
      async () => (await sidebarQuotes(sidebar)).orphans.length === 0,
    );
    expect((await sidebarQuotes(sidebar)).attached).toEqual([NEW_PLACE, SECOND]);
  });

  it('highlights the selection as the context menu and the keyboard command ask it to', async () => {
    const phrase = 'Đối với việc hoàn thiện cơ chế, hệ thống văn bản hướng dẫn quản lý Đề án';
    await session.tab.bringToFront();
    await selectWithMouse(session.tab, phrase);
    // Both send the tab this message (background.ts); a headless session.browser has no menu to click.
    await sidebar.evaluate(
      async ({ tabId }) => {
        type Tabs = { sendMessage(id: number, message: object): Promise<unknown> };
        const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        await api.tabs.sendMessage(tabId, { type: 'selection.highlight', colour: 'pink' });
      },
      { tabId: await tabIdOf(session.browser, session.url('/edit.html')) },
    );
    await waitFor(
      'the pink highlight',
      async () => (await painted(session.tab))['gloss-pink']?.length === 1,
    );
    expect((await painted(session.tab))['gloss-pink']).toEqual([phrase]);
  });
});
