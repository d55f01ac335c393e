import JSZip from 'jszip';
import { exampleFile } from '../../tests/sync/example';
import { parseSyncFile } from '../sync';
import { recordExports } from './files';

const records = recordExports({ source: 'Nguồn', tags: 'Thẻ', collection: 'Gloss — tô sáng' });
const VI = 'Nâng cao hiệu quả công tác truyền thông về quyền con người';

/** The example file with the annotations of the page titled `title` only. */
function onePage(title: string) {
  const file = exampleFile();
  const page = file.pages.find((p) => p.title === title)!;
  file.annotations = file.annotations.filter((a) => a.pageId === page.id);
  return file;
}

describe('recordExports', () => {
  it('names every file "gloss", its subject without diacritics, and the day it was made', async () => {
    const file = exampleFile();
    const sync = await records.syncFile(file, 'tag nhân quyền');
    expect(sync).toMatchObject({
      fileName: 'gloss-tag-nhan-quyen-2026-11-26.json',
      mime: 'application/json',
    });
    const zip = await records.markdown(file, '');
    expect(zip).toMatchObject({ fileName: 'gloss-2026-11-26.zip', mime: 'application/zip' });
    const w3c = await records.w3c(file, VI.normalize('NFD'));
    expect(w3c).toMatchObject({
      fileName:
        'gloss-Nang-cao-hieu-qua-cong-tac-truyen-thong-ve-quyen-con-nguoi-2026-11-26.jsonld',
      mime: 'application/ld+json',
    });
  });

  it('writes the sync file as it reads back', async () => {
    const file = exampleFile();
    const sync = await records.syncFile(file, '');
    expect(parseSyncFile(sync!.content as string)).toEqual({ ok: true, file });
  });

  it('writes one page as a Markdown document named by its title, several as a zip', async () => {
    const page = await records.markdown(onePage(VI), VI);
    expect(page).toMatchObject({
      fileName: 'Nang cao hieu qua cong tac truyen thong ve quyen con nguoi.md',
      mime: 'text/markdown',
    });
    expect(page!.content).toContain('[Nguồn](<https://nhanquyen.example.vn/');
    const zip = await JSZip.loadAsync((await records.markdown(exampleFile(), ''))!.content);
    expect(Object.keys(zip.files)).toHaveLength(3);
  });

  it('has no Markdown to write for a file without annotations', async () => {
    const file = { ...exampleFile(), annotations: [] };
    expect(await records.markdown(file, '')).toBeUndefined();
  });

  it('labels the W3C collection with the UI words given', async () => {
    const w3c = await records.w3c(exampleFile(), '');
    const collection = JSON.parse(w3c!.content as string);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', label: 'Gloss — tô sáng' });
  });
});
