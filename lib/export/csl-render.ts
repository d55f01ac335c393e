// Formatted references and in-text citations, rendered by citeproc-js from CSL styles and
// locales bundled in ./csl (no network). Heavy: loaded only by dynamic import, never by the
// content script. Styles and locales are given to citeproc in its JSON form
// (`CSL.parseXml`), so that no DOM XML parser is needed (service workers have none).
import CSL, { type CslJsonXml, type Engine } from 'citeproc';
import type { CitationLocale, CitationStyle, Formatted } from './citation';
import type { CslItem } from './csl-item';

type Raw = Promise<{ default: string }>;

const STYLES: Record<CitationStyle, () => Raw> = {
  apa: () => import('./csl/apa.csl?raw'),
  mla: () => import('./csl/modern-language-association.csl?raw'),
  'chicago-author-date': () => import('./csl/chicago-author-date.csl?raw'),
  harvard: () => import('./csl/harvard-cite-them-right.csl?raw'),
  ieee: () => import('./csl/ieee.csl?raw'),
};

const LOCALES: Record<CitationLocale, () => Raw> = {
  'en-US': () => import('./csl/locales-en-US.xml?raw'),
  'vi-VN': () => import('./csl/locales-vi-VN.xml?raw'),
};

const parsed = new Map<string, Promise<CslJsonXml>>();
function load(key: string, raw: () => Raw): Promise<CslJsonXml> {
  let xml = parsed.get(key);
  if (!xml) {
    xml = raw().then((module) => CSL.parseXml(module.default));
    parsed.set(key, xml);
  }
  return xml;
}

interface Prepared {
  engine: Engine;
  items: Map<string, CslItem>;
}

/** Building an engine costs hundreds of milliseconds (APA is a large style): one per style and locale. */
const engines = new Map<string, Promise<Prepared>>();

async function buildEngine(style: CitationStyle, locale: CitationLocale): Promise<Prepared> {
  // citeproc asks for locales synchronously: English (its fallback) and the chosen one first.
  const [styleXml, english, chosen] = await Promise.all([
    load(style, STYLES[style]),
    load('en-US', LOCALES['en-US']),
    load(locale, LOCALES[locale]),
  ]);
  const items = new Map<string, CslItem>();
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => (lang === locale ? chosen : lang === 'en-US' ? english : false),
      retrieveItem: (id) => items.get(id) ?? { id, type: 'webpage' },
    },
    styleXml,
    locale,
    true,
  );
  return { engine, items };
}

let calls = 0;

/**
 * Runs `render` on the engine for the style and locale, holding exactly these items in this
 * order. Registering and rendering happen in one synchronous step, so concurrent calls cannot
 * swap items under each other. Items get fresh ids on every call: citeproc caches items by
 * id, and a corrected citation must show.
 */
async function withEngine<T>(
  items: readonly CslItem[],
  style: CitationStyle,
  locale: CitationLocale,
  render: (engine: Engine, ids: string[]) => T,
): Promise<T> {
  const key = `${style} ${locale}`;
  let prepared = engines.get(key);
  if (!prepared) {
    prepared = buildEngine(style, locale);
    engines.set(key, prepared);
  }
  const { engine, items: registry } = await prepared;
  calls += 1;
  registry.clear();
  const ids = items.map((item, i) => {
    const id = `${calls}.${i}`;
    registry.set(id, { ...item, id });
    return id;
  });
  engine.updateItems(ids);
  return render(engine, ids);
}

export function renderBibliography(
  items: readonly CslItem[],
  style: CitationStyle,
  locale: CitationLocale,
): Promise<Formatted> {
  return withEngine(items, style, locale, (engine) => {
    const render = (format: 'html' | 'text') => {
      engine.setOutputFormat(format);
      const result = engine.makeBibliography();
      return result
        ? { meta: result[0], entries: result[1] }
        : { meta: { bibstart: '', bibend: '' }, entries: [] };
    };
    const text = render('text').entries.map((entry) => entry.trim());
    const html = render('html');
    return {
      text: text.join('\n'),
      html: html.meta.bibstart + html.entries.join('') + html.meta.bibend,
    };
  });
}

export function renderCitation(
  item: CslItem,
  style: CitationStyle,
  locale: CitationLocale,
): Promise<Formatted> {
  return withEngine([item], style, locale, (engine, ids) => {
    const cite = [{ id: ids[0]! }];
    engine.setOutputFormat('text');
    const text = engine.makeCitationCluster(cite);
    engine.setOutputFormat('html');
    return { text, html: engine.makeCitationCluster(cite) };
  });
}
