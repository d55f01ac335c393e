import { useState } from 'preact/hooks';
import {
  BIBLIOGRAPHY_FORMATS,
  bibliographyFile,
  type BibliographyFormat,
} from '@/lib/export/bibliography';
import {
  citationLocale,
  toCSL,
  type CitationLocale,
  type CitationStyle,
} from '@/lib/export/citation';
import type { Page } from '@/lib/model';
import { StylePicker } from './CitationView';
import { saveFile } from './download';
import { t, uiLanguage, type MessageKey } from './i18n';

const FORMAT_KEYS: Record<BibliographyFormat, MessageKey> = {
  text: 'cite_format_text',
  bibtex: 'cite_format_bibtex',
  biblatex: 'cite_format_biblatex',
  ris: 'cite_format_ris',
  'csl-json': 'cite_format_cslJson',
};

export interface BibliographyExportProps {
  /** The pages to cite: the current page, a tag's pages, or everything. */
  pages: readonly Page[];
  style: CitationStyle;
  onStyleChange(style: CitationStyle): void;
  locale?: CitationLocale;
  /** The downloaded file's name, without extension. */
  fileName?: string;
}

/** A bibliography of the pages, as formatted text in the chosen style or a reference-manager format. */
export function BibliographyExport(props: BibliographyExportProps) {
  const [format, setFormat] = useState<BibliographyFormat>('text');
  const [error, setError] = useState('');
  // Formatting thousands of references takes citeproc seconds: say so, and do it once.
  const [busy, setBusy] = useState(false);
  const locale = props.locale ?? citationLocale(uiLanguage());

  const save = async () => {
    setError('');
    setBusy(true);
    try {
      saveFile(
        await bibliographyFile(props.pages.map(toCSL), format, props.style, locale, props.fileName),
      );
    } catch (failure) {
      setError(
        t('cite_exportFailed', failure instanceof Error ? failure.message : String(failure)),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="bibliography" aria-label={t('cite_export')}>
      <h2>{t('cite_export')}</h2>
      {props.pages.length === 0 ? (
        <p class="empty">{t('cite_exportEmpty')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p class="count">{t('cite_exportCount', String(props.pages.length))}</p>
          <label>
            {t('cite_format')}{' '}
            <select
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as BibliographyFormat)}
            >
              {BIBLIOGRAPHY_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(FORMAT_KEYS[f])}
                </option>
              ))}
            </select>
          </label>
          {format === 'text' && <StylePicker style={props.style} onChange={props.onStyleChange} />}
          <div class="row">
            <button type="submit" disabled={busy}>
              {t('cite_download')}
            </button>
            {busy && (
              <span class="cite-status" role="status">
                {t('cite_exporting')}
              </span>
            )}
          </div>
          {error && (
            <p class="notice" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
