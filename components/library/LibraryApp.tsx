// The library page: every annotation across pages, grouped by page, searchable and filtered,
// in a virtualised list; the tags view; bulk delete (with undo) and export of the results.
// The first screen comes from one index range; the whole library loads behind it.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossDb } from '@/lib/db';
import {
  deleteAnnotations,
  deleteTag,
  renameTag,
  restoreAnnotations,
  type Retagged,
} from '@/lib/library/actions';
import { selectionOf, type Exporter } from '@/lib/library/export';
import { firstScreen, loadLibrary } from '@/lib/library/load';
import { rowsOf, type Library, type LibraryEntry } from '@/lib/library/model';
import { EMPTY_QUERY, formatLibraryQuery, type LibraryQuery } from '@/lib/library/query';
import { terms } from '@/lib/search';
import { t } from '../i18n';
import { BulkExport } from './BulkExport';
import { errorMessage } from '../errors';
import { Filters } from './Filters';
import { ResultsList } from './Rows';
import { TagsView } from './TagsView';

export interface LibraryAppProps {
  db: GlossDb;
  initialQuery: LibraryQuery;
  /** Called with the view's query string whenever the view changes (for the address bar). */
  onQueryChange: (search: string) => void;
  /** Opens a page, scrolled to the annotation `id` when given; resolves false if it could not. */
  onOpen: (url: string, id?: string) => Promise<boolean>;
  exporters: Record<string, Exporter>;
  /** How many pages the first screen shows before the whole library is loaded. */
  firstPages?: number;
}

const isDefaultView = (query: LibraryQuery) =>
  formatLibraryQuery(query) === formatLibraryQuery(EMPTY_QUERY);

export function LibraryApp({
  db,
  initialQuery,
  onQueryChange,
  onOpen,
  exporters,
  firstPages = 10,
}: LibraryAppProps) {
  const [first, setFirst] = useState<LibraryEntry[] | undefined>();
  const [library, setLibrary] = useState<Library | undefined>();
  const [read, setRead] = useState(0);
  const [query, setQuery] = useState(initialQuery);
  const [view, setView] = useState<'highlights' | 'tags'>('highlights');
  // Bumped after the library's entries change in place (deletions, tags).
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const [undoable, setUndoable] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    let live = true;
    const failed = (error: unknown) => live && setMessage(errorMessage(error));
    firstScreen(db, firstPages)
      .then((entries) => live && setFirst(entries))
      .catch(failed);
    loadLibrary(db, (count) => live && setRead(count))
      .then((loaded) => live && setLibrary(loaded))
      .catch(failed);
    return () => {
      live = false;
    };
  }, [db, firstPages]);

  useEffect(() => onQueryChange(formatLibraryQuery(query)), [query, onQueryChange]);

  // `version` marks changes made to the library's entries in place.
  const results = useMemo(() => {
    if (library) return library.results(query);
    return isDefaultView(query) ? (first ?? []) : [];
  }, [library, first, query, version]);
  const rows = useMemo(() => rowsOf(results), [results]);
  const queryTerms = useMemo(() => terms(query.q), [query.q]);
  const tags = useMemo(() => library?.tagCounts() ?? [], [library, version]);
  const sites = useMemo(() => library?.siteCounts() ?? [], [library, version]);
  // The results' ids only when an action needs them, not at every keystroke.
  const idsOfResults = () => results.map((entry) => entry.id);

  const open = useCallback(
    (url: string, id?: string) =>
      void onOpen(url, id).then((scrolled) => !scrolled && setMessage(t('library_notScrolled'))),
    [onOpen],
  );

  function markDeleted(list: readonly string[], deleted: boolean) {
    library?.setDeleted(list, deleted);
    setVersion((v) => v + 1);
  }

  async function guard(action: () => Promise<void>) {
    try {
      await action();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  }

  const deleteResults = () =>
    guard(async () => {
      setConfirmDelete(false);
      const deleted = await deleteAnnotations(db, idsOfResults());
      markDeleted(deleted, true);
      setUndoable(deleted);
      setMessage(t('library_deletedCount', String(deleted.length)));
    });

  const undo = () =>
    guard(async () => {
      await restoreAnnotations(db, undoable);
      markDeleted(undoable, false);
      setMessage(t('library_restoredCount', String(undoable.length)));
      setUndoable([]);
    });

  const applyTags = (changed: Retagged) => {
    for (const [id, tagList] of changed) library?.retag(id, tagList);
    setVersion((v) => v + 1);
    setMessage(t('library_tagChanged', String(changed.size)));
  };

  const pageCount = rows.length - results.length;
  const status = !library
    ? isDefaultView(query)
      ? t('library_loading', String(read))
      : t('library_waitForSearch')
    : results.length === 0
      ? library.entries.length === 0
        ? t('library_empty')
        : t('library_noResults')
      : t('library_resultCount', [String(results.length), String(pageCount)]);

  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('library_title')}</h1>
        <nav aria-label={t('library_views')} class="library-views">
          <button
            type="button"
            aria-pressed={view === 'highlights'}
            onClick={() => setView('highlights')}
          >
            {t('library_highlightsView')}
          </button>
          <button type="button" aria-pressed={view === 'tags'} onClick={() => setView('tags')}>
            {t('library_tagsView')}
          </button>
        </nav>
      </header>
      <p role="status" class="library-status">
        {message || (view === 'highlights' || !library ? status : '')}
        {undoable.length > 0 && (
          <button type="button" class="library-undo" onClick={() => void undo()}>
            {t('undo')}
          </button>
        )}
      </p>
      {view === 'tags' ? (
        <main class="library-main">
          {library && (
            <TagsView
              tags={tags}
              onShow={(tag) => {
                setQuery({ ...EMPTY_QUERY, sort: query.sort, tag });
                setView('highlights');
              }}
              onRename={(from, to) => guard(async () => applyTags(await renameTag(db, from, to)))}
              onDelete={(tag) => guard(async () => applyTags(await deleteTag(db, tag)))}
            />
          )}
        </main>
      ) : (
        <main class="library-main">
          <Filters
            query={query}
            onChange={(next) => {
              setMessage('');
              setQuery(next);
            }}
            tags={tags}
            sites={sites}
            disabled={!library}
          />
          <div role="group" aria-label={t('library_actions')} class="library-actions">
            {confirmDelete ? (
              <>
                <button type="button" class="gloss-danger" onClick={() => void deleteResults()}>
                  {t('library_confirmDelete', String(results.length))}
                </button>
                <button type="button" onClick={() => setConfirmDelete(false)}>
                  {t('library_cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                class="gloss-danger"
                disabled={!library || results.length === 0}
                onClick={() => setConfirmDelete(true)}
              >
                {t('library_deleteResults', String(results.length))}
              </button>
            )}
            <BulkExport
              count={library ? results.length : 0}
              ids={idsOfResults}
              select={(list) => selectionOf(db, list)}
              exporters={exporters}
              onDone={setMessage}
            />
          </div>
          <ResultsList
            rows={rows}
            entries={library ? library.entries : (first ?? [])}
            terms={queryTerms}
            onOpen={open}
          />
        </main>
      )}
    </div>
  );
}
