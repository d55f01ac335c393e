import { samplePages } from '../../tests/pages';
import { BIBLIOGRAPHY_FORMATS, bibliographyFile, citationExporters } from './bibliography';
import { toCSL } from './csl-item';

const { viNews, journal } = samplePages();
const items = [toCSL(viNews), toCSL(journal)];

describe('bibliographyFile', { timeout: 60_000 }, () => {
  it.each(BIBLIOGRAPHY_FORMATS)('%s names both pages', async (format) => {
    const file = await bibliographyFile(items, format, 'apa', 'vi-VN');
    expect(file.content).toContain('Báo Tin tức/TTXVN');
    expect(file.content).toMatch(/Doe/);
    expect(file.mime).toMatch(/charset=utf-8$/);
  });

  it('writes CSL-JSON that reads back as the items', async () => {
    const file = await bibliographyFile(items, 'csl-json', 'apa', 'en-US');
    expect(JSON.parse(file.content as string)).toEqual(items);
    expect(file.fileName).toBe('gloss-bibliography.json');
  });
});

describe('citationExporters', { timeout: 60_000 }, () => {
  it('plug into the library: one file per format from the selection’s pages', async () => {
    const pages = [viNews, journal].map((p) => ({
      ...p,
      id: p.id!,
      createdAt: p.createdAt!,
      updatedAt: p.createdAt!,
    }));
    let style: 'mla' | 'apa' = 'mla';
    const exporters = citationExporters(async () => ({ style, locale: 'en-US' }), 'references');
    expect(Object.keys(exporters)).toEqual(['references', 'BibTeX', 'BibLaTeX', 'RIS', 'CSL-JSON']);
    const ris = await exporters.RIS!({ pages });
    expect(ris.fileName).toBe('gloss-bibliography.ris');
    expect(ris.content).toContain('AU  - Báo Tin tức/TTXVN');
    const mla = await exporters.references!({ pages });
    expect(mla.content).toContain('Doe, Jane Q., et al.');
    style = 'apa';
    const apa = await exporters.references!({ pages });
    expect(apa.content).toContain('Doe, J. Q., Roe, R., & Nguyễn, V. A. (2021)');
  });
});
