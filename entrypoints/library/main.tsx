// The library page: wires the library component to this page's address and to the tabs API.
import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { exportWords } from '@/components/export-words';
import { t, uiLanguage } from '@/components/i18n';
import { readSettings } from '@/lib/db/settings';
import { openDb } from '@/lib/db/open';
import { libraryExporters } from '@/lib/library/export';
import { openAnnotation } from '@/lib/library/open';
import { parseLibraryQuery } from '@/lib/library/query';
import '@/components/theme.css';
import '@/components/library/library.css';

document.documentElement.lang = uiLanguage();
document.title = t('library_title');

// The view lives in the query string, so that it can be bookmarked; replacing, not pushing,
// keeps Back meaning "leave the library" rather than "undo a keystroke".
const onQueryChange = (search: string) =>
  history.replaceState(null, '', `${location.pathname}${search}`);

const db = openDb();
const exporters = libraryExporters(
  { ...exportWords(), syncFile: t('library_syncFile'), references: t('cite_referencesName') },
  () => readSettings(db),
  uiLanguage(),
);

render(
  <LibraryApp
    db={db}
    initialQuery={parseLibraryQuery(location.search)}
    onQueryChange={onQueryChange}
    onOpen={(url, id) => openAnnotation(browser.tabs, url, id)}
    exporters={exporters}
  />,
  document.getElementById('app')!,
);
