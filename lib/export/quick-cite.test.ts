import { samplePages } from '../../tests/pages';
import { formatBibliography, formatCitation, type CitationLocale } from './citation';
import { toCSL, type CslItem } from './csl-item';
import { quickCitation, quickQuoteWithCitation, quickReference } from './quick-cite';

const { viNews, journal } = samplePages();
const web = { URL: 'https://e.org/a', title: 'A page title', 'container-title': 'Site Name' };
const items: CslItem[] = [
  toCSL(viNews),
  toCSL(journal),
  {
    id: 'w1',
    type: 'webpage',
    ...web,
    author: [{ family: 'Doe', given: 'Jane-Marie' }],
    issued: { 'date-parts': [[2020, 5, 4]] },
  },
  {
    id: 'w2',
    type: 'post-weblog',
    ...web,
    author: [
      { family: 'Doe', given: 'Jane' },
      { family: 'Trần', given: 'Thu Hà' },
    ],
    issued: { 'date-parts': [[2020, 1]] },
  },
  {
    id: 'w3',
    type: 'article-newspaper',
    ...web,
    author: [{ literal: 'Org/X' }],
    issued: { 'date-parts': [[2020]] },
  },
];

// The quick path must say what citeproc's APA says for the pages students cite most.
describe('quick APA citation agrees with citeproc-js APA', { timeout: 60_000 }, () => {
  it.each(['en-US', 'vi-VN'] as CitationLocale[])('%s', async (locale) => {
    for (const item of items) {
      const reference = await formatBibliography([item], 'apa', locale);
      const citation = await formatCitation(item, 'apa', locale);
      expect(quickReference(item, locale).text, item.id).toBe(reference.text);
      expect(quickCitation(item, locale).text, item.id).toBe(citation.text);
    }
  });
});

describe('quickQuoteWithCitation', () => {
  it('puts title, organisation author, date and URL on the clipboard', () => {
    const { text, html } = quickQuoteWithCitation(
      'quyền con người'.normalize('NFD'),
      viNews,
      'vi-VN',
    );
    expect(text).toBe(
      '“quyền con người” (Báo Tin tức/TTXVN, 2022)\n\n' +
        'Báo Tin tức/TTXVN. (2022, Tháng Mười Một 30). Nâng cao hiệu quả công tác truyền thông về quyền con người. ' +
        `Tin Tức Example. ${viNews.canonicalUrl}`,
    );
    expect(html).toContain('<i>Tin Tức Example</i>');
  });

  it('escapes a hostile quote and title in HTML', () => {
    const { html } = quickQuoteWithCitation(
      '<img src=x onerror=alert(1)>',
      { ...viNews, title: '<b>x</b>', citation: {} },
      'en-US',
    );
    expect(html).not.toMatch(/<img|<b>/);
  });

  it('falls back to the title and "n.d." without author or date', () => {
    const page = { url: 'https://e.org/p', title: 'Untitled notes' };
    expect(quickCitation(toCSL(page), 'en-US').text).toBe('(“Untitled notes”, n.d.)');
    expect(quickReference(toCSL(page), 'en-US').text).toBe(
      'Untitled notes. (n.d.). https://e.org/p',
    );
  });
});
