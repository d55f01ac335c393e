import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  annotationsOfPage,
  deleteAnnotation,
  restoreAnnotation,
  tagCounts,
  updateAnnotation,
  type GlossDb,
} from '@/lib/db';
import { COLOURS, quoteOf, type AnchorState, type Annotation, type Colour } from '@/lib/model';
import {
  AnchorStates,
  ToSidebar,
  type AnnotationChanges,
  type ToContent,
} from '@/lib/model/messages';
import { filterAnnotations } from '@/lib/sidebar/filter';
import { normalizeUrl, pageIdOf } from '@/lib/url';
import { updatePageCitation } from '@/lib/db/pages';
import { readSettings, writeSettings } from '@/lib/db/settings';
import { libraryPath } from '@/lib/library/query';
import { AnnotationCard } from './AnnotationCard';
import { BibliographyExport } from './BibliographyExport';
import { CitationView, CopyQuoteButton } from './CitationView';
import { PageHeader } from './PageHeader';
import { SyncPanel } from './SyncPanel';
import { t } from './i18n';
import { useLive } from './useLive';
import { errorMessage } from './errors';

interface Tab {
  id: number;
  url: string;
}

/** The tab the sidebar follows: the one named in `?tabId=N`, else the window's active tab. */
function useTab(fixedTabId: number | null): Tab | null {
  const [tab, setTab] = useState<Tab | null>(null);
  useEffect(() => {
    const read = async () => {
      const found =
        fixedTabId !== null
          ? await browser.tabs.get(fixedTabId)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      setTab(found?.id !== undefined && found.url ? { id: found.id, url: found.url } : null);
    };
    void read();
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if ((change.url || change.status === 'complete') && (fixedTabId ?? tabId) === tabId)
        void read();
    };
    const onActivated = () => fixedTabId === null && void read();
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixedTabId]);
  return tab;
}

export function Sidebar({ db, fixedTabId }: { db: GlossDb; fixedTabId: number | null }) {
  const tab = useTab(fixedTabId);
  const url = tab ? normalizeUrl(tab.url) : null;
  const pageId = url ? pageIdOf(url) : null;
  const page = useLive(
    async () => (pageId ? await db.pages.get(pageId) : undefined),
    [pageId],
    undefined,
  );
  const annotations = useLive(
    async () => (pageId ? annotationsOfPage(db, pageId) : []),
    [pageId],
    [] as Annotation[],
  );
  const tags = useLive(() => tagCounts(db), [], []);
  const settings = useLive(() => readSettings(db), [], { citationStyle: 'apa' as const });
  const setStyle = (citationStyle: typeof settings.citationStyle) =>
    void attempt(() => writeSettings(db, { citationStyle }));
  const [states, setStates] = useState<Record<string, AnchorState>>({});
  const [focusId, setFocusId] = useState<string | null>(null);
  const [filter, setFilter] = useState({ text: '', colour: '' as Colour | '', tag: '' });
  const [message, setMessage] = useState<{ text: string; undo?: () => void } | null>(null);

  const toContent = (m: ToContent) =>
    tab ? browser.tabs.sendMessage(tab.id, m).catch(() => null) : Promise.resolve(null);

  // Where each annotation landed, as the page's content script reports it.
  useEffect(() => {
    if (!tab) return;
    setStates({});
    void toContent({ type: 'anchor.states' }).then((raw) => {
      const parsed = AnchorStates.safeParse(raw);
      if (parsed.success) setStates(parsed.data.states);
    });
    const onMessage = (raw: unknown) => {
      const parsed = ToSidebar.safeParse(raw);
      if (!parsed.success || parsed.data.tabId !== tab.id) return;
      if (parsed.data.type === 'anchor.report') setStates(parsed.data.states);
      else setFocusId(parsed.data.id);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tab?.id, tab?.url]);

  useEffect(() => {
    if (!focusId) return;
    document
      .querySelector(`[data-annotation-id="${focusId}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focusId, annotations]);

  const attempt = async (write: () => Promise<unknown>, repaint = false) => {
    try {
      await write();
      if (repaint) await toContent({ type: 'annotations.changed' });
    } catch (error) {
      setMessage({
        text: errorMessage(error),
      });
    }
  };

  const change = (id: string, changes: AnnotationChanges) =>
    attempt(() => updateAnnotation(db, id, changes), changes.colour !== undefined);

  const remove = (id: string) =>
    attempt(async () => {
      await deleteAnnotation(db, id);
      setMessage({
        text: t('deleted'),
        undo: () =>
          void attempt(async () => {
            await restoreAnnotation(db, id);
            setMessage(null);
          }, true),
      });
    }, true);

  const reattach = async (id: string) => {
    const done = await toContent({ type: 'selection.reattach', id });
    if (done !== true) setMessage({ text: t('reattachFailed') });
  };

  const visible = useMemo(() => filterAnnotations(annotations, filter), [annotations, filter]);
  const attached = visible.filter((a) => states[a.id] !== 'orphan');
  const orphans = visible.filter((a) => states[a.id] === 'orphan');
  const suggestions = tags.map((x) => x.tag);

  if (!url) return <p class="empty">{tab ? t('pageUnsupported') : t('noPage')}</p>;

  const card = (a: Annotation) => (
    <li key={a.id}>
      <AnnotationCard
        annotation={a}
        state={states[a.id]}
        suggestions={suggestions}
        focused={a.id === focusId}
        onShow={() => void toContent({ type: 'annotation.scrollTo', id: a.id })}
        onChange={(changes) => void change(a.id, changes)}
        onDelete={() => void remove(a.id)}
        onReattach={() => void reattach(a.id)}
        actions={
          page && <CopyQuoteButton quote={quoteOf(a)} page={page} style={settings.citationStyle} />
        }
      />
    </li>
  );

  return (
    <>
      <PageHeader page={page} url={url} />
      <nav class="row">
        <a href={browser.runtime.getURL(libraryPath())} target="_blank" rel="noopener" class="link">
          {t('library_open')}
        </a>
      </nav>
      {message && (
        <div class="toast" role="status">
          <span>{message.text}</span>
          {message.undo && (
            <button type="button" onClick={message.undo}>
              {t('undo')}
            </button>
          )}
          <button type="button" aria-label={t('close')} onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      )}
      {annotations.length === 0 ? (
        <p class="empty">{t('noAnnotations')}</p>
      ) : (
        <>
          <div class="filters" role="search">
            <input
              type="search"
              aria-label={t('filterLabel')}
              placeholder={t('filterLabel')}
              value={filter.text}
              onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
            />
            <select
              aria-label={t('changeColour')}
              value={filter.colour}
              onChange={(e) =>
                setFilter({ ...filter, colour: e.currentTarget.value as Colour | '' })
              }
            >
              <option value="">{t('allColours')}</option>
              {COLOURS.map((c) => (
                <option key={c} value={c}>
                  {t(`colour_${c}`)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('tagsLabel')}
              value={filter.tag}
              onChange={(e) => setFilter({ ...filter, tag: e.currentTarget.value })}
            >
              <option value="">{t('allTags')}</option>
              {suggestions.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </div>
          <p class="count">{t('highlightCount', String(visible.length))}</p>
          <ol class="cards">{attached.map(card)}</ol>
          {orphans.length > 0 && (
            <section class="orphans" aria-labelledby="orphans-title">
              <h2 id="orphans-title">{t('orphaned')}</h2>
              <p class="help">{t('orphanedHelp')}</p>
              <ol class="cards">{orphans.map(card)}</ol>
            </section>
          )}
        </>
      )}
      {page && (
        <details class="panel">
          <summary>{t('cite_heading')}</summary>
          <CitationView
            page={page}
            style={settings.citationStyle}
            onStyleChange={setStyle}
            onSave={(edits) => attempt(() => updatePageCitation(db, page.id, edits))}
          />
          <BibliographyExport
            pages={[page]}
            style={settings.citationStyle}
            onStyleChange={setStyle}
          />
        </details>
      )}
      <details class="panel">
        <summary>{t('sync_title')}</summary>
        <SyncPanel db={db} pageId={page?.id} tags={suggestions} />
      </details>
    </>
  );
}
