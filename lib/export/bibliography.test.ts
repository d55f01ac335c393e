import { samplePages } from '../../tests/pages';
import { BIBLIOGRAPHY_FORMATS, bibliographyFile } from './bibliography';
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
    expect(JSON.parse(file.content)).toEqual(items);
    expect(file.extension).toBe('json');
  });
});
