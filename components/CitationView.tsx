import { useEffect, useState } from 'preact/hooks';
import { normalizeDate } from '@/lib/extract/dates';
import { formatAuthorLines, parseAuthorLines } from '@/lib/extract/names';
import {
  CITATION_STYLES,
  citationLocale,
  formatBibliography,
  quoteWithCitation,
  toCSL,
  type CitationLocale,
  type CitationStyle,
  type Formatted,
} from '@/lib/export/citation';
import { citationOf } from '@/lib/export/csl-item';
import type { Citation, Page } from '@/lib/model';
import { writeClipboard } from '@/lib/page/clipboard';
import { t, uiLanguage, type MessageKey } from './i18n';
import { errorText as message } from './errors';

const STYLE_KEYS: Record<CitationStyle, MessageKey> = {
  apa: 'cite_style_apa',
  mla: 'cite_style_mla',
  'chicago-author-date': 'cite_style_chicago',
  harvard: 'cite_style_harvard',
  ieee: 'cite_style_ieee',
};

/** The student's citation style; the caller remembers the choice. */
export function StylePicker(props: { style: CitationStyle; onChange(style: CitationStyle): void }) {
  return (
    <label class="cite-style">
      {t('cite_style')}{' '}
      <select
        value={props.style}
        onChange={(e) => props.onChange(e.currentTarget.value as CitationStyle)}
      >
        {CITATION_STYLES.map((style) => (
          <option key={style} value={style}>
            {t(STYLE_KEYS[style])}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Copies something built on demand, then says whether it worked. */
function CopyButton(props: { label: string; build(): Promise<Formatted> }) {
  const [status, setStatus] = useState<string>('');
  const copy = async () => {
    try {
      await writeClipboard(await props.build());
      setStatus(t('cite_copied'));
    } catch (error) {
      setStatus(t('cite_copyFailed', message(error)));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {props.label}
      </button>
      <span class="cite-status" role="status">
        {status}
      </span>
    </>
  );
}

export interface CopyQuoteButtonProps {
  quote: string;
  page: Page;
  style: CitationStyle;
  locale?: CitationLocale;
}

/** "Copy quote with citation" for a sidebar card: quote, in-text citation and reference. */
export function CopyQuoteButton({ quote, page, style, locale }: CopyQuoteButtonProps) {
  return (
    <CopyButton
      label={t('cite_copyQuote')}
      build={() => quoteWithCitation(quote, page, style, locale ?? citationLocale(uiLanguage()))}
    />
  );
}

function CitationForm(props: {
  page: Page;
  onSave(edits: Citation): Promise<void>;
  onCancel(): void;
}) {
  const current = citationOf(props.page);
  const [title, setTitle] = useState(current.title ?? props.page.title);
  const [authors, setAuthors] = useState(formatAuthorLines(current.author ?? []));
  const [date, setDate] = useState(current.issued ?? props.page.publishedTime ?? '');
  const [site, setSite] = useState(current.containerTitle ?? props.page.siteName ?? '');
  const [error, setError] = useState('');

  const save = async () => {
    const issued = date.trim() ? normalizeDate(date, props.page.lang) : undefined;
    if (date.trim() && !issued) return setError(t('cite_dateInvalid'));
    const author = parseAuthorLines(authors);
    const edits: Citation = {
      ...props.page.citationEdits,
      title: title.trim() || undefined,
      author: author.length > 0 ? author : undefined,
      issued,
      containerTitle: site.trim() || undefined,
    };
    try {
      await props.onSave(edits);
    } catch (failure) {
      setError(t('cite_saveFailed', message(failure)));
    }
  };

  return (
    <form
      class="cite-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('cite_title')}
        <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        {t('cite_authors')}
        <textarea
          rows={3}
          value={authors}
          aria-describedby="cite-authors-hint"
          onInput={(e) => setAuthors(e.currentTarget.value)}
        />
      </label>
      <p class="help" id="cite-authors-hint">
        {t('cite_authorsHint')}
      </p>
      <label>
        {t('cite_date')}
        <input
          value={date}
          aria-describedby="cite-date-hint"
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </label>
      <p class="help" id="cite-date-hint">
        {t('cite_dateHint')}
      </p>
      <label>
        {t('cite_site')}
        <input value={site} onInput={(e) => setSite(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit">{t('save')}</button>
        <button type="button" onClick={props.onCancel}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}

export interface CitationViewProps {
  page: Page;
  style: CitationStyle;
  onStyleChange(style: CitationStyle): void;
  /** Stores the reader's corrections (`updatePageCitation`); `{}` removes them. */
  onSave(edits: Citation): void | Promise<void>;
  /** Defaults to the UI language: Vietnamese terms for a Vietnamese browser. */
  locale?: CitationLocale;
}

/** The page's citation in the chosen style, with a form to correct it and a copy button. */
export function CitationView({ page, style, onStyleChange, onSave, locale }: CitationViewProps) {
  const cslLocale = locale ?? citationLocale(uiLanguage());
  const [reference, setReference] = useState<Formatted | null>(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    let current = true;
    setReference(null);
    setError('');
    formatBibliography([toCSL(page)], style, cslLocale).then(
      (formatted) => current && setReference(formatted),
      (failure: unknown) => current && setError(t('cite_formatFailed', message(failure))),
    );
    return () => {
      current = false;
    };
  }, [page, style, cslLocale]);

  const save = async (edits: Citation) => {
    await onSave(edits);
    setEditing(false);
  };
  const edited = Object.keys(page.citationEdits ?? {}).length > 0;

  return (
    <section class="citation" aria-label={t('cite_heading')}>
      <h2>{t('cite_heading')}</h2>
      <StylePicker style={style} onChange={onStyleChange} />
      {error ? (
        <p class="notice" role="alert">
          {error}
        </p>
      ) : (
        <p class="cite-reference">{reference ? reference.text : t('cite_formatting')}</p>
      )}
      {edited && (
        <p class="meta">
          {t('cite_edited')}{' '}
          <button type="button" class="link" onClick={() => void onSave({})}>
            {t('cite_resetEdits')}
          </button>
        </p>
      )}
      {editing ? (
        <CitationForm page={page} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <div class="row">
          {reference && (
            <CopyButton label={t('cite_copy')} build={() => Promise.resolve(reference)} />
          )}
          <button type="button" class="link" onClick={() => setEditing(true)}>
            {t('cite_edit')}
          </button>
        </div>
      )}
    </section>
  );
}
