// The part of citeproc-js (the `citeproc` package, CommonJS, untyped) that Gloss uses.
declare module 'citeproc' {
  /** A style or locale as `CSL.parseXml` returns it: citeproc's own JSON form of the XML. */
  export type CslJsonXml = object;

  export interface Sys {
    retrieveLocale(lang: string): CslJsonXml | false;
    retrieveItem(id: string): object;
  }

  export interface BibliographyMeta {
    bibstart: string;
    bibend: string;
  }

  export class Engine {
    constructor(sys: Sys, style: CslJsonXml, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [BibliographyMeta, string[]] | false;
    makeCitationCluster(cites: { id: string }[]): string;
  }

  export function parseXml(xml: string): CslJsonXml;

  const CSL: { Engine: typeof Engine; parseXml: typeof parseXml };
  export default CSL;
}
