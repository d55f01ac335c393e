import { readFileSync } from 'node:fs';
import path from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibTeX, type Creator } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import type { Name } from '../model';
import { samplePages, VI_NEWS_URL, JOURNAL_URL } from '../../tests/pages';
import {
  CITATION_STYLES,
  formatBibliography,
  formatCitation,
  quoteWithCitation,
  toBibLaTeX,
  toBibTeX,
  toCSL,
  toRIS,
  type CslItem,
} from './citation';

const { viNews, journal } = samplePages();
const VI_TITLE = 'Nâng cao hiệu quả công tác truyền thông về quyền con người';

/** Every special character LaTeX and RIS readers trip on, Vietnamese in NFD, a long URL. */
const hostile: CslItem = {
  id: 'hostile',
  type: 'webpage',
  title: 'Giá 100% & $5 #1 a_b {x} \\y ~z ^w: Đường ơi ửa'.normalize('NFD'),
  author: [
    { literal: 'Ban Biên tập & Cộng sự' },
    { family: 'Đặng', given: 'Thị Ánh' },
    { family: 'Doe and Co', given: 'J.' },
  ],
  issued: { 'date-parts': [[2020, 2]] },
  accessed: { 'date-parts': [[2026, 1, 5]] },
  'container-title': 'Site_name #2',
  URL: `https://example.org/a_b%20c?q=1&r=${'x'.repeat(3000)}#frag`,
  language: 'vi-VN',
};

const nameText = (name: Name) =>
  'literal' in name ? name.literal : `${name.family}, ${name.given ?? ''}`;
const nfc = (text: string) => text.normalize('NFC');

describe('toCSL', () => {
  it('makes the Vietnamese news article an article-newspaper with its organisation author', () => {
    expect(toCSL(viNews)).toEqual({
      id: viNews.id,
      type: 'article-newspaper',
      title: VI_TITLE,
      author: [{ literal: 'Báo Tin tức/TTXVN' }],
      issued: { 'date-parts': [[2022, 11, 30]] },
      accessed: { 'date-parts': [[2026, 11, 20]] },
      'container-title': 'Tin Tức Example',
      publisher: 'Tin Tức Example',
      URL: VI_NEWS_URL,
      language: 'vi',
    });
  });

  it('makes the journal page an article-journal with DOI, pages and ISSN', () => {
    expect(toCSL(journal)).toMatchObject({
      type: 'article-journal',
      author: [
        { family: 'Doe', given: 'Jane Q.' },
        { family: 'Roe', given: 'Richard' },
        { family: 'Nguyễn', given: 'Văn An' },
      ],
      issued: { 'date-parts': [[2021, 3, 9]] },
      'container-title': 'Journal of Reading & Writing',
      volume: '12',
      issue: '3',
      page: '101-118',
      DOI: '10.1234/jrw.2021.0042',
      ISSN: '1234-567X',
      URL: JOURNAL_URL,
    });
  });

  it('lets the reader’s corrections win, field by field', () => {
    const item = toCSL({
      ...viNews,
      citationEdits: {
        title: 'Tiêu đề đã sửa',
        author: [{ family: 'Nguyễn', given: 'Văn An' }],
        issued: '2022-12-01',
        publisher: '',
      },
    });
    expect(item).toMatchObject({
      title: 'Tiêu đề đã sửa',
      author: [{ family: 'Nguyễn', given: 'Văn An' }],
      issued: { 'date-parts': [[2022, 12, 1]] },
      publisher: 'Tin Tức Example',
      'container-title': 'Tin Tức Example',
    });
  });

  it('cites the page URL when the canonical link leaves the site', () => {
    const page = {
      url: 'https://news.example/a/1',
      canonicalUrl: 'https://partner.example/a/1',
      title: 'T',
    };
    expect(toCSL(page).URL).toBe('https://news.example/a/1');
    expect(toCSL({ ...page, canonicalUrl: 'https://www.news.example/' }).URL).toBe(
      'https://news.example/a/1',
    );
    expect(toCSL({ ...page, canonicalUrl: 'https://www.news.example/a/1?amp=0' }).URL).toBe(
      'https://www.news.example/a/1?amp=0',
    );
    // Not annotated yet: no access date.
    expect(toCSL(page).accessed).toBeUndefined();
  });

  it('writes CSL-JSON that the CSL schema accepts', () => {
    const schema = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../tests/fixtures/csl-data-subset.json'),
        'utf8',
      ),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    const items = [
      toCSL(viNews),
      toCSL(journal),
      hostile,
      toCSL({ url: 'https://e.org/', title: 'x' }),
    ];
    expect(validate(JSON.parse(JSON.stringify(items))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...hostile, author: [{ name: 'Jane' }] }])).toBe(false);
  });
});

const BIB_OPTIONS = { english: false, sentenceCase: false, caseProtection: false } as const;

const creator = (c: Creator) =>
  c.name !== undefined ? c.name : `${c.lastName}, ${c.firstName ?? ''}`;

describe('toBibTeX and toBibLaTeX', () => {
  const items = [toCSL(viNews), toCSL(journal), hostile];

  it.each([
    ['BibTeX', toBibTeX],
    ['BibLaTeX', toBibLaTeX],
  ])('%s re-parses field by field', (format, write) => {
    const library = parseBibTeX(write(items), BIB_OPTIONS);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(items.length);
    library.entries.forEach((entry, i) => {
      const item = items[i]!;
      const f = entry.fields;
      expect(nfc(f.title!)).toBe(nfc(item.title));
      expect(f.author?.map(creator)).toEqual(item.author?.map((n) => nfc(nameText(n))));
      expect(f.url).toBe(item.URL);
      expect(f.urldate).toBe(
        item.accessed!['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-'),
      );
      const container =
        format === 'BibTeX'
          ? (f.journal ?? f.howpublished)
          : (f.journaltitle ?? f.organization?.[0]);
      expect(container).toBe(item['container-title']);
      expect(f.volume).toBe(item.volume);
      expect(f.number).toBe(item.issue);
      expect(f.pages?.replace('–', '-')).toBe(item.page);
      expect(f.doi).toBe(item.DOI);
      expect(f.issn).toBe(item.ISSN);
      const [year, month, day] = item.issued!['date-parts'][0];
      if (format === 'BibTeX') {
        expect(f.year).toBe(String(year));
        expect(f.month).toBe(String(month));
      } else {
        expect(f.date).toBe(
          [year, month, day]
            .filter(Boolean)
            .map((n) => String(n).padStart(2, '0'))
            .join('-'),
        );
      }
    });
  });

  it('escapes LaTeX’s special characters and keeps Vietnamese as NFC UTF-8', () => {
    const bib = toBibLaTeX([hostile]);
    expect(bib).toContain(
      'title = {{Giá 100\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textbackslash{}y \\textasciitilde{}z \\textasciicircum{}w: Đường ơi ửa}}',
    );
    expect(bib).toBe(bib.normalize('NFC'));
    expect(bib).toContain(
      'author = {{Ban Biên tập \\& Cộng sự} and Đặng, Thị Ánh and {Doe and Co}, J.}',
    );
    expect(bib).toContain('langid = {vietnamese}');
    // URLs are verbatim: not escaped, and whole.
    expect(bib).toContain(`url = {${hostile.URL}}`);
    expect(toBibTeX([hostile])).toContain('month = feb,');
    const suffixed = { ...hostile, author: [{ family: 'King, Jr.', given: 'Martin' }] };
    expect(toBibTeX([suffixed])).toContain('author = {{King, Jr.}, Martin}');
  });

  it('makes stable ASCII keys with diacritics folded, unique in the list', () => {
    const keys = (text: string) => [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    const twice = [toCSL(viNews), toCSL(journal), hostile, toCSL(journal)];
    expect(keys(toBibTeX(twice))).toEqual([
      'baotintucttxvn2022nang',
      'doe2021reading',
      'banbientapcongsu2020gia',
      'doe2021readinga',
    ]);
    expect(keys(toBibLaTeX([{ ...hostile, author: [{ family: 'Đỗ', given: 'An' }] }]))).toEqual([
      'do2020gia',
    ]);
  });

  it('chooses entry types for each kind of page', () => {
    const types = (text: string) => [...text.matchAll(/^@(\w+)\{/gm)].map((m) => m[1]);
    expect(types(toBibTeX(items))).toEqual(['article', 'article', 'misc']);
    expect(types(toBibLaTeX(items))).toEqual(['article', 'article', 'online']);
    expect(toBibLaTeX([toCSL(viNews)])).toContain('entrysubtype = {newspaper}');
  });
});

describe('toRIS', () => {
  const items = [toCSL(viNews), toCSL(journal), hostile];
  const ris = toRIS(items);

  it('writes one field a line, CRLF, never wrapped, each record closed', () => {
    const lines = ris.split('\r\n');
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines.filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l === 'ER  - ')).toHaveLength(3);
    expect(lines).toContain(`UR  - ${hostile.URL}`);
    expect(lines.filter((l) => l.startsWith('TY'))).toEqual([
      'TY  - NEWS',
      'TY  - JOUR',
      'TY  - ELEC',
    ]);
    expect(lines).toContain('AU  - Báo Tin tức/TTXVN');
    expect(lines).toContain('Y2  - 2026/11/20/');
    expect(lines).toContain('DA  - 2022/11/30/');
    expect(ris).toBe(ris.normalize('NFC'));
  });

  it('re-parses with citation-js field by field', () => {
    const parsed = plugins.input.chain(ris) as Record<string, unknown>[];
    expect(parsed).toHaveLength(3);
    parsed.forEach((record, i) => {
      const item = items[i]!;
      expect(record.type).toBe(item.type);
      expect(record.title).toBe(nfc(item.title));
      // citation-js follows the RIS specification's tables: newspaper authors are "reporters",
      // kept as written (one of them as a plain string), a web page's T2 is a "collection title", and for NEWS it
      // reads the year from PY, not the full date in DA.
      const authors = [record.author ?? record.reporter].flat() as (string | Name)[];
      expect(authors.map((a) => (typeof a === 'string' ? a : nameText(a)))).toEqual(
        item.author!.map((n) => nfc(nameText(n))),
      );
      expect(record['container-title'] ?? record['collection-title']).toBe(item['container-title']);
      const issued = (record.issued as { 'date-parts': number[][] })['date-parts'][0];
      expect(issued).toEqual(
        item.type === 'article-newspaper' ? [2022] : item.issued!['date-parts'][0],
      );
      // Its tables put a web page's access date in M1; Gloss writes Y2 for every type, as Zotero does.
      if (item.type !== 'webpage') expect(record.accessed).toEqual(item.accessed);
      for (const key of ['volume', 'issue', 'page', 'DOI', 'ISSN', 'URL', 'language'] as const) {
        expect(record[key], key).toBe(item[key]);
      }
    });
  });
});

// Building a citeproc engine takes a few seconds on a busy test machine: once per style and locale.
describe(
  'formatBibliography and formatCitation (citeproc-js, bundled styles)',
  { timeout: 60_000 },
  () => {
    const vi = toCSL(viNews);
    const jr = toCSL(journal);

    it('APA 7, English', async () => {
      const { text, html } = await formatBibliography([jr, vi], 'apa', 'en-US');
      expect(text).toBe(
        [
          `Báo Tin tức/TTXVN. (2022, November 30). ${VI_TITLE}. Tin Tức Example. ${VI_NEWS_URL}`,
          'Doe, J. Q., Roe, R., & Nguyễn, V. A. (2021). Reading in the Wild: Annotation Habits of Students. Journal of Reading & Writing, 12(3), 101–118. https://doi.org/10.1234/jrw.2021.0042',
        ].join('\n'),
      );
      expect(html).toContain('<i>Tin Tức Example</i>');
      expect(html).toContain('<i>Journal of Reading &#38; Writing</i>, <i>12</i>(3)');
      expect((await formatCitation(vi, 'apa', 'en-US')).text).toBe('(Báo Tin tức/TTXVN, 2022)');
      expect((await formatCitation(jr, 'apa', 'en-US')).text).toBe('(Doe et al., 2021)');
    });

    it('MLA 9, English', async () => {
      const { text } = await formatBibliography([vi, jr], 'mla', 'en-US');
      expect(text).toBe(
        [
          `Báo Tin tức/TTXVN. “${VI_TITLE}.” Tin Tức Example, 30 Nov. 2022, ${VI_NEWS_URL}.`,
          'Doe, Jane Q., et al. “Reading in the Wild: Annotation Habits of Students.” Journal of Reading & Writing, vol. 12, no. 3, Mar. 2021, pp. 101–18, https://doi.org/10.1234/jrw.2021.0042.',
        ].join('\n'),
      );
      expect((await formatCitation(vi, 'mla', 'en-US')).text).toBe('(Báo Tin tức/TTXVN)');
      expect((await formatCitation(jr, 'mla', 'en-US')).text).toBe('(Doe et al.)');
    });

    it('APA and MLA in Vietnamese', async () => {
      expect((await formatBibliography([vi], 'mla', 'vi-VN')).text).toBe(
        `Báo Tin tức/TTXVN. “${VI_TITLE}”. Tin Tức Example, 30 Tháng Mười Một 2022, ${VI_NEWS_URL}.`,
      );
      expect((await formatCitation(jr, 'apa', 'vi-VN')).text).toBe('(Doe và c.s., 2021)');
    });

    it.each(CITATION_STYLES)('%s renders both samples in both locales', async (style) => {
      for (const locale of ['en-US', 'vi-VN'] as const) {
        const { text } = await formatBibliography([vi, jr], style, locale);
        expect(text.split('\n')).toHaveLength(2);
        expect(text).toContain('Báo Tin tức/TTXVN');
        expect(text).toContain(VI_TITLE);
        expect(text).toContain('2022');
      }
    });

    it('shows a corrected citation of the same page at once', async () => {
      const before = await formatBibliography([vi], 'apa', 'en-US');
      const after = await formatBibliography([{ ...vi, title: 'Tiêu đề đã sửa' }], 'apa', 'en-US');
      expect(before.text).toContain(VI_TITLE);
      expect(after.text).toContain('Tiêu đề đã sửa');
    });

    it('escapes markup from a hostile page in HTML', async () => {
      const item = { ...vi, title: '<img src=x onerror=alert(1)> & <script>x</script>' };
      const { html } = await formatBibliography([item], 'apa', 'en-US');
      expect(html).not.toMatch(/<img|<script/);
      expect(html).toContain('&#60;img');
    });
  },
);

describe('quoteWithCitation', { timeout: 60_000 }, () => {
  it('gives the quote, the in-text citation and the reference, as text and HTML', async () => {
    const quote = 'quyền con người'.normalize('NFD');
    const { text, html } = await quoteWithCitation(quote, viNews, 'apa', 'en-US');
    expect(text).toBe(
      `“quyền con người” (Báo Tin tức/TTXVN, 2022)\n\nBáo Tin tức/TTXVN. (2022, November 30). ${VI_TITLE}. Tin Tức Example. ${VI_NEWS_URL}`,
    );
    expect(html).toMatch(
      /^<p>“quyền con người” \(Báo Tin tức\/TTXVN, 2022\)<\/p>\n<div class="csl-bib-body">/,
    );
    const hostileQuote = await quoteWithCitation('<b>bold</b>', viNews, 'mla', 'vi-VN');
    expect(hostileQuote.html).toContain('&#60;b&#62;bold&#60;/b&#62;');
  });
});
