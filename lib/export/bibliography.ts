// A bibliography as a file to download: formatted in the chosen style, or in a format that
// reference managers import. Shaped as the library's exporters, so that it plugs in there too.
import type { Page } from '../model';
import type { ExportFile } from './files';
import {
  formatBibliography,
  toBibLaTeX,
  toBibTeX,
  toCSL,
  toRIS,
  type CitationLocale,
  type CitationStyle,
  type CslItem,
} from './citation';

export const BIBLIOGRAPHY_FORMATS = ['text', 'bibtex', 'biblatex', 'ris', 'csl-json'] as const;
export type BibliographyFormat = (typeof BIBLIOGRAPHY_FORMATS)[number];

/** `name` is the file name without its extension. */
export async function bibliographyFile(
  items: readonly CslItem[],
  format: BibliographyFormat,
  style: CitationStyle,
  locale: CitationLocale,
  name = 'gloss-bibliography',
): Promise<ExportFile> {
  switch (format) {
    case 'text':
      return {
        fileName: `${name}.txt`,
        mime: 'text/plain;charset=utf-8',
        content: (await formatBibliography(items, style, locale)).text + '\n',
      };
    case 'bibtex':
      return {
        fileName: `${name}.bib`,
        mime: 'application/x-bibtex;charset=utf-8',
        content: toBibTeX(items),
      };
    case 'biblatex':
      return {
        fileName: `${name}.bib`,
        mime: 'application/x-bibtex;charset=utf-8',
        content: toBibLaTeX(items),
      };
    case 'ris':
      return {
        fileName: `${name}.ris`,
        mime: 'application/x-research-info-systems;charset=utf-8',
        content: toRIS(items),
      };
    case 'csl-json':
      return {
        fileName: `${name}.json`,
        mime: 'application/vnd.citationstyles.csl+json;charset=utf-8',
        content: JSON.stringify(items, null, 2) + '\n',
      };
  }
}

/**
 * The library's citation exporters, by the name on their buttons: the selection's pages as
 * references in the student's style (under `referencesName`), BibTeX, BibLaTeX, RIS and
 * CSL-JSON. `options` is read at each export, so that a style changed meanwhile applies.
 */
export function citationExporters(
  options: () => Promise<{ style: CitationStyle; locale: CitationLocale }>,
  referencesName: string,
): Record<string, (selection: { pages: Page[] }) => Promise<ExportFile>> {
  const exporter =
    (format: BibliographyFormat) =>
    async ({ pages }: { pages: Page[] }) => {
      const { style, locale } = await options();
      return bibliographyFile(pages.map(toCSL), format, style, locale);
    };
  return {
    [referencesName]: exporter('text'),
    BibTeX: exporter('bibtex'),
    BibLaTeX: exporter('biblatex'),
    RIS: exporter('ris'),
    'CSL-JSON': exporter('csl-json'),
  };
}
