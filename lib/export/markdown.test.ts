import { exampleFile } from '../../tests/sync/example';
import JSZip from 'jszip';
import { toMarkdown, zipDocuments } from './markdown';

describe('toMarkdown', () => {
  const documents = toMarkdown(exampleFile(), { labels: { source: 'Nguồn', tags: 'Thẻ' } });
  const vietnamese = documents.find((d) => d.content.includes('quyền con người'))!;

  it('writes one document per page with annotations, with safe unique file names', () => {
    expect(documents.map((d) => d.fileName)).toEqual([
      'Local-first software - Wikipedia.md',
      'Nang cao hieu qua cong tac truyen thong ve quyen con nguoi.md',
      'Why we annotate.md',
    ]);
  });

  it('starts with front matter Obsidian reads as properties', () => {
    const front = vietnamese.content.split('\n---\n')[0];
    expect(front).toBe(
      [
        '---',
        'title: "Nâng cao hiệu quả công tác truyền thông về quyền con người"',
        'source: "https://nhanquyen.example.vn/goc-nhin/nang-cao-hieu-qua-cong-tac-truyen-thong-ve-quyen-con-nguoi.html"',
        'author:',
        '  - "Minh Anh Nguyễn"',
        'published: "2022-11-30"',
        'created: 2026-11-20',
        'tags:',
        '  - "nhân-quyền"',
        '  - "chính-sách"',
        '  - "bình-đẳng-giới"',
        '  - "law"',
      ].join('\n'),
    );
  });

  it('quotes each highlight in document order with its note and tags', () => {
    const body = vietnamese.content.split('\n---\n')[1]!;
    expect(body).toContain('# Nâng cao hiệu quả công tác truyền thông về quyền con người');
    expect(body).toContain('[Nguồn](<https://nhanquyen.example.vn/');
    const first = body.indexOf('> Thủ tướng Chính phủ đã phê duyệt');
    const second = body.indexOf('> Việt Nam đã xây dựng khuôn khổ');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(body).toContain('Mốc quan trọng: **Quyết định 1079/QĐ-TTg**.');
    expect(body).toContain('Thẻ: #nhân-quyền #chính-sách');
  });

  it('quotes every line of a multi-line passage', () => {
    const file = exampleFile();
    const a = file.annotations[0]!;
    file.annotations = [{ ...a, selectors: [{ type: 'TextQuoteSelector', exact: 'one\n\ntwo' }] }];
    expect(toMarkdown(file)[0]!.content).toContain('> one\n>\n> two');
  });
});

describe('zipDocuments', () => {
  it('puts every document in one zip', async () => {
    const documents = toMarkdown(exampleFile());
    const zip = await JSZip.loadAsync(await zipDocuments(documents));
    expect(Object.keys(zip.files).sort()).toEqual(documents.map((d) => d.fileName).sort());
    expect(await zip.file(documents[1]!.fileName)!.async('string')).toBe(documents[1]!.content);
  });
});
