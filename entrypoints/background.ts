// The background owns the database and routes messages; the logic lives in lib/.
import { ToBackground, type ToContent, type ToSidebar } from '@/lib/model/messages';
import { COLOURS } from '@/lib/model';
import { openDb } from '@/lib/db/open';
import { handleToBackground } from '@/lib/db/handlers';
import { t } from '@/components/i18n';
import { libraryPath } from '@/lib/library/query';

/** Firefox's sidebar API, which the Chrome-shaped `browser` types do not declare. */
const sidebarAction = (browser as unknown as { sidebarAction: { open(): Promise<void> } })
  .sidebarAction;

export default defineBackground(() => {
  const db = openDb();
  void navigator.storage?.persist?.();

  // Chrome opens the side panel from the toolbar button by itself; Firefox needs the call.
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => void sidebarAction.open());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }

  const toSidebar = (message: ToSidebar) => browser.runtime.sendMessage(message).catch(() => {});
  const toContent = (tabId: number, message: ToContent) =>
    browser.tabs.sendMessage(tabId, message).catch(() => {});

  async function openSidebar(tabId: number | undefined): Promise<boolean> {
    try {
      if (import.meta.env.FIREFOX) await sidebarAction.open();
      else if (tabId !== undefined) await browser.sidePanel.open({ tabId });
      return true;
    } catch {
      // Opening needs a user gesture, which a message does not always carry.
      return false;
    }
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'anchor.report':
        if (tabId !== undefined) void toSidebar({ ...message, tabId });
        return Promise.resolve(null);
      case 'sidebar.open': {
        const opening = openSidebar(tabId);
        if (tabId !== undefined && message.id)
          void toSidebar({ type: 'annotation.focus', tabId, id: message.id });
        return opening.then((opened) => ({ opened }));
      }
      case 'editor.close':
        if (tabId !== undefined) void toContent(tabId, { type: 'editor.close' });
        return Promise.resolve(null);
      default:
        return handleToBackground(db, message, { uiLanguage: browser.i18n.getUILanguage() });
    }
  });

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const colour of COLOURS) {
        browser.contextMenus.create({
          id: `highlight-${colour}`,
          title: t(`highlight_${colour}`),
          contexts: ['selection'],
        });
      }
      browser.contextMenus.create({
        id: 'open-library',
        title: t('library_open'),
        contexts: ['action'],
      });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const colour = COLOURS.find((c) => info.menuItemId === `highlight-${c}`);
    if (colour && tab?.id !== undefined)
      void toContent(tab.id, { type: 'selection.highlight', colour });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection' && tab?.id !== undefined) {
      void toContent(tab.id, { type: 'selection.highlight', colour: 'yellow' });
    }
  });

  // The library: from the toolbar button's menu and from a keyboard command.
  const openLibrary = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(libraryPath()) });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === 'open-library') openLibrary();
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-library') openLibrary();
  });
});
