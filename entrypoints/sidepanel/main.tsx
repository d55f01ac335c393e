import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import { openDb } from '@/lib/db/open';
import '@/components/theme.css';
import '@/components/ui.css';

// `sidepanel.html?tabId=N` follows one tab: for tests, and for readers who prefer a tab.
const tabId = Number(new URLSearchParams(location.search).get('tabId'));
document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <Sidebar db={openDb()} fixedTabId={Number.isInteger(tabId) && tabId > 0 ? tabId : null} />,
  document.getElementById('app')!,
);
