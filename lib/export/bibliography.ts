// A bibliography as a file to download: formatted in the chosen style, or in a format that
// reference managers import.
import {
  formatBibliography,
  toBibLaTeX,
  toBibTeX,
  toRIS,
  type CitationLocale,
  type CitationStyle,
  type CslItem,
} from './citation';

export const BIBLIOGRAPHY_FORMATS = ['text', 'bibtex', 'biblatex', 'ris', 'csl-json'] as const;
export type BibliographyFormat = (typeof BIBLIOGRAPHY_FORMATS)[number];

export interface BibliographyFile {
  content: string;
  mime: string;
  extension: string;
}

export async function bibliographyFile(
  items: readonly CslItem[],
  format: BibliographyFormat,
  style: CitationStyle,
  locale: CitationLocale,
): Promise<BibliographyFile> {
  switch (format) {
    case 'text':
      return {
        content: (await formatBibliography(items, style, locale)).text + '\n',
        mime: 'text/plain;charset=utf-8',
        extension: 'txt',
      };
    case 'bibtex':
      return {
        content: toBibTeX(items),
        mime: 'application/x-bibtex;charset=utf-8',
        extension: 'bib',
      };
    case 'biblatex':
      return {
        content: toBibLaTeX(items),
        mime: 'application/x-bibtex;charset=utf-8',
        extension: 'bib',
      };
    case 'ris':
      return {
        content: toRIS(items),
        mime: 'application/x-research-info-systems;charset=utf-8',
        extension: 'ris',
      };
    case 'csl-json':
      return {
        content: JSON.stringify(items, null, 2) + '\n',
        mime: 'application/vnd.citationstyles.csl+json;charset=utf-8',
        extension: 'json',
      };
  }
}
