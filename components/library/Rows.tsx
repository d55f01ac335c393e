// The library's results list and its rows: a page heading (title, site, date) and an annotation (quote, note,
// tags, colour, date), with the search's matches marked. Their heights are fixed, for the
// virtualised list.
import { useCallback } from 'preact/hooks';
import type { LibraryEntry, LibraryPage } from '@/lib/library/model';
import { matchSpans, splitBySpans } from '@/lib/search';
import { t, uiLanguage } from '../i18n';
import { VirtualList } from './VirtualList';

export const ROW_HEIGHT = { page: 60, annotation: 112 } as const;

let dateFormat: Intl.DateTimeFormat | undefined;
function formatDate(iso: string): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
  return dateFormat.format(new Date(iso));
}

/** Text with the query's matches in `<mark>`. */
export function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {splitBySpans(text, matchSpans(text, terms)).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}

interface RowProps {
  terms: readonly string[];
  tabbable: boolean;
  onOpen: (url: string, id?: string) => void;
}

export function PageRow({ page, terms, tabbable, onOpen }: RowProps & { page: LibraryPage }) {
  return (
    <div class="library-page">
      <h2>
        <button class="library-link" tabIndex={tabbable ? 0 : -1} onClick={() => onOpen(page.url)}>
          <Marked text={page.title} terms={terms} />
        </button>
      </h2>
      <p class="library-meta">
        <Marked text={page.site} terms={terms} />
        {' · '}
        {t('library_firstHighlighted', formatDate(page.createdAt))}
      </p>
    </div>
  );
}

export function AnnotationRow({
  entry,
  terms,
  tabbable,
  onOpen,
}: RowProps & { entry: LibraryEntry }) {
  const colour = t(`colour_${entry.colour}`);
  return (
    <div class="library-annotation">
      <span
        class="gloss-swatch"
        data-colour={entry.colour}
        role="img"
        aria-label={t('library_colourLabel', colour)}
      />
      <div class="library-annotation-body">
        <button
          class="library-quote"
          tabIndex={tabbable ? 0 : -1}
          onClick={() => onOpen(entry.page.url, entry.id)}
        >
          <Marked text={entry.quote} terms={terms} />
        </button>
        {entry.note && (
          <p class="library-note">
            <span class="gloss-visually-hidden">{t('library_noteLabel')} </span>
            <Marked text={entry.note} terms={terms} />
          </p>
        )}
        <p class="library-meta">
          {entry.tags.length > 0 && (
            <>
              <span class="gloss-visually-hidden">{t('library_tagsLabel')} </span>
              {entry.tags.map((tag) => (
                <span class="library-tag" key={tag}>
                  <Marked text={tag} terms={terms} />
                </span>
              ))}
              {' · '}
            </>
          )}
          {t('library_highlighted', formatDate(entry.createdAt))}
        </p>
      </div>
    </div>
  );
}

/** The results: page headings and annotations in one windowed list (rows as `rowsOf` gives). */
export function ResultsList({
  rows,
  entries,
  terms,
  onOpen,
}: {
  rows: Int32Array;
  entries: readonly LibraryEntry[];
  terms: readonly string[];
  onOpen: RowProps['onOpen'];
}) {
  const heightOf = useCallback(
    (i: number) => (rows[i]! < 0 ? ROW_HEIGHT.page : ROW_HEIGHT.annotation),
    [rows],
  );
  const renderRow = useCallback(
    (i: number, tabbable: boolean) => {
      const row = rows[i]!;
      return row < 0 ? (
        <PageRow page={entries[-row - 1]!.page} terms={terms} tabbable={tabbable} onOpen={onOpen} />
      ) : (
        <AnnotationRow entry={entries[row]!} terms={terms} tabbable={tabbable} onOpen={onOpen} />
      );
    },
    [rows, entries, terms, onOpen],
  );
  return (
    <VirtualList
      class="library-list"
      count={rows.length}
      heightOf={heightOf}
      renderRow={renderRow}
      label={t('library_results')}
    />
  );
}
