import { exampleFile, exampleText } from '../../tests/sync/example';
import { parseSyncFile } from '../sync';
import { byId } from '../sync/canonical';
import { pageIdOf } from '../url';
import { fromHypothesis, parseImportFile } from './hypothesis';
import { toWebAnnotations } from './w3c';

const NOW = '2026-11-26T12:00:00.000Z';

/** Shaped as the Hypothesis client's "Export annotations" writes it. */
const hypothesisExport = {
  export_date: '2024-03-05T10:11:12.345Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1383.0',
  annotations: [
    {
      id: 'bQn0XNrGEe6K5ZdFhu4x7Q',
      created: '2024-03-01T09:00:00.123456+00:00',
      updated: '2024-03-01T09:05:00.000000+00:00',
      user: 'acct:reader@hypothes.is',
      uri: 'https://example.com/article?utm_source=newsletter#part-2',
      text: 'Đây là ghi chú **quan trọng**.',
      tags: ['nhân quyền', ' history '],
      group: '__world__',
      target: [
        {
          source: 'https://example.com/article',
          selector: [
            {
              type: 'RangeSelector',
              startContainer: '/div[1]/p[2]',
              startOffset: 0,
              endContainer: '/div[1]/p[2]',
              endOffset: 9,
            },
            { type: 'TextPositionSelector', start: 120, end: 129 },
            { type: 'TextQuoteSelector', exact: 'quyền con', prefix: 'về ', suffix: ' người' },
          ],
        },
      ],
      document: { title: ['Bài báo về quyền con người'] },
      links: { html: 'https://hypothes.is/a/bQn0XNrGEe6K5ZdFhu4x7Q' },
    },
    {
      id: 'pageNoteWithoutSelectors',
      created: '2024-03-02T09:00:00+00:00',
      updated: '2024-03-02T09:00:00+00:00',
      uri: 'https://example.com/article',
      text: 'A page note: nothing to highlight.',
      tags: [],
      target: [{ source: 'https://example.com/article' }],
    },
  ],
};

describe('fromHypothesis', () => {
  it('turns highlights into annotations: quote and position kept, text → note, tags, page by url', () => {
    const result = parseImportFile(JSON.stringify(hypothesisExport), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { pages, annotations } = result.file;
    expect(pages).toEqual([
      {
        id: pageIdOf('https://example.com/article'),
        url: 'https://example.com/article',
        title: 'Bài báo về quyền con người',
        createdAt: '2024-03-01T09:00:00.123Z',
        updatedAt: '1970-01-01T00:00:00.000Z',
      },
    ]);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({
      pageId: pages[0]!.id,
      note: 'Đây là ghi chú **quan trọng**.',
      tags: ['nhân quyền', 'history'],
      selectors: [
        { type: 'TextPositionSelector', start: 120, end: 129 },
        { type: 'TextQuoteSelector', exact: 'quyền con', prefix: 'về ', suffix: ' người' },
      ],
      createdAt: '2024-03-01T09:00:00.123Z',
      updatedAt: '2024-03-01T09:05:00.000Z',
    });
  });

  it('gives the same ids on a second import, so that importing twice changes nothing', () => {
    const once = fromHypothesis(hypothesisExport, NOW);
    const twice = fromHypothesis(structuredClone(hypothesisExport), NOW);
    expect(once).toEqual(twice);
  });

  it('names the bad fields of a broken export', () => {
    const broken = {
      ...hypothesisExport,
      annotations: [{ ...hypothesisExport.annotations[0], uri: 7 }],
    };
    const result = parseImportFile(JSON.stringify(broken), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('annotations.0.uri');
  });
});

describe('fromWebAnnotations', () => {
  it('reads back our own W3C export: same annotations', () => {
    const file = exampleFile();
    const result = parseImportFile(JSON.stringify(toWebAnnotations(file)), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.file.annotations.sort(byId)).toEqual(file.annotations.sort(byId));
    expect(result.file.pages.map((p) => p.url).sort()).toEqual(file.pages.map((p) => p.url).sort());
  });

  it('reads a sync file as a sync file', () => {
    const text = exampleText;
    expect(parseImportFile(text)).toEqual(parseSyncFile(text));
  });
});
