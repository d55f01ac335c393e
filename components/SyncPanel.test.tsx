import { render } from 'preact';

import { createAnnotation, GlossDb } from '../lib/db';
import { exportSyncFile } from '../lib/db/sync';
import { serializeSyncFile } from '../lib/sync';
import { exampleFile, exampleText } from '../tests/sync/example';
import { SyncPanel } from './SyncPanel';

let db: GlossDb;
let root: HTMLElement;
let n = 0;

beforeEach(async () => {
  db = new GlossDb(`panel-test-${n++}`);
  await db.open();
  root = document.createElement('div');
  document.body.append(root);
  render(<SyncPanel db={db} tags={['law']} />, root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

function choose(text: string, name = 'gloss-2026-11-26.json') {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('SyncPanel', () => {
  it('previews an import, then writes it on confirmation', async () => {
    choose(exampleText);
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Importing gloss-2026-11-26.json will change:'),
    );
    expect(root.textContent).toContain('New: 8');
    expect(root.textContent).toContain('Unchanged: 3');
    expect(await db.annotations.count()).toBe(0);
    button('Import').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role=status]')?.textContent).toContain('was imported'),
    );
    const after = await exportSyncFile(db, {}, exampleFile().exportedAt);
    expect(serializeSyncFile(after)).toBe(exampleText);
  });

  it('names the first bad fields of a bad file and writes nothing', async () => {
    const bad = exampleText.replace('"colour":"yellow"', '"colour":"plaid"');
    choose(bad, 'bad.json');
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
    const alert = root.querySelector('[role=alert]')!.textContent!;
    expect(alert).toContain('bad.json cannot be imported. Nothing was changed.');
    expect(alert).toMatch(/annotations\[\d\]\.colour/);
    expect(root.textContent).not.toContain('will change');
    expect(await db.annotations.count()).toBe(0);
  });

  it('says so when the import fails, and the database keeps what it had', async () => {
    // A page stored under another id for one of the file's URLs breaks the write midway.
    const clash = exampleFile().pages[0]!;
    await db.pages.put({ ...clash, id: '00000000-0000-4000-8000-0000000000ff' });
    choose(exampleText);
    await vi.waitFor(() => expect(root.textContent).toContain('will change:'));
    button('Import').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toContain(
        'The import failed and nothing was changed',
      ),
    );
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(1);
  });

  it('downloads the sync file with a dated, safe name', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => 'blob:sync');
    URL.revokeObjectURL = vi.fn();
    button('Export sync file').click();
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^gloss-\d{4}-\d{2}-\d{2}\.json$/);
    expect(link.href).toBe('blob:sync');
    click.mockRestore();
  });

  it('names the file by the scope, and has no Markdown to write where there are no highlights', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => 'blob:sync');
    URL.revokeObjectURL = vi.fn();
    const scope = root.querySelector('select')!;
    scope.value = 'tag:law';
    scope.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(scope.value).toBe('tag:law'));
    button('Export W3C Web Annotations').click();
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^gloss-tag-law-\d{4}-\d{2}-\d{2}\.jsonld$/);
    button('Export Markdown').click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role=status]')?.textContent).toBe(
        'Nothing to export: there are no highlights here yet.',
      ),
    );
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('offers a tag as an export scope; no kept file without file pickers; no heading of its own', () => {
    expect([...root.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Everything',
      'Tag: law',
    ]);
    expect(root.textContent).not.toContain('Keep in sync with a file');
    // The sidebar's summary heads the panel: no heading repeats it.
    const headings = [...root.querySelectorAll('h1, h2, h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Import']);
    const labelOf = (control: Element) =>
      root.querySelector(`label[for="${control.id}"]`)?.textContent;
    expect(labelOf(root.querySelector('select')!)).toBe('What to export');
    expect(labelOf(root.querySelector('input[type=file]')!)).toMatch(/^Import a file/);
  });
});

/** A file as the File System Access API hands it out, kept in memory. */
class FakeFileHandle {
  readonly kind = 'file';
  name = 'gloss-sync.json';
  text = '';
  writes = 0;
  async queryPermission() {
    return 'granted';
  }
  async getFile() {
    return new File([this.text], this.name);
  }
  async createWritable() {
    let written = '';
    return {
      write: async (chunk: string) => void (written += chunk),
      close: async () => {
        this.text = written;
        this.writes++;
      },
    };
  }
}

describe('SyncPanel, keeping a file in sync', () => {
  const pickers = window as unknown as Record<string, unknown>;
  let handle: FakeFileHandle;

  beforeEach(() => {
    handle = new FakeFileHandle();
    pickers.showOpenFilePicker = async () => [handle];
    pickers.showSaveFilePicker = async () => handle;
    render(<SyncPanel db={db} tags={[]} />, root);
  });
  afterEach(() => {
    delete pickers.showOpenFilePicker;
    delete pickers.showSaveFilePicker;
  });

  it('merges the picked file in, writes the merge back, and writes again after a change', async () => {
    const url = 'https://example.com/mine';
    const quote = [{ type: 'TextQuoteSelector' as const, exact: 'mine' }];
    const mine = await createAnnotation(db, { url, selectors: quote, colour: 'green' });
    handle.text = exampleText;
    button('Use an existing sync file').click();
    await vi.waitFor(() => expect(handle.writes).toBe(1));
    expect(root.textContent).toContain('Keeping gloss-sync.json in sync.');
    expect(await db.annotations.count()).toBe(exampleFile().annotations.length + 1);
    expect(handle.text).toContain(mine.id);

    const later = await createAnnotation(db, { url, selectors: quote, colour: 'blue' });
    // Written once the changes settle, two seconds after the last.
    await vi.waitFor(() => expect(handle.writes).toBe(2), { timeout: 6_000 });
    expect(handle.text).toContain(later.id);
  }, 10_000);

  it('reports a refused file with its bad fields, and a later failure without them', async () => {
    handle.text = exampleText.replace('"colour":"yellow"', '"colour":"plaid"');
    button('Use an existing sync file').click();
    const alert = () => root.querySelector('[role=alert]');
    await vi.waitFor(() => expect(alert()?.textContent).toMatch(/annotations\[\d\]\.colour/));
    expect(handle.writes).toBe(0);
    handle.getFile = async () => {
      throw new Error('the disk is gone');
    };
    button('Sync now').click();
    await vi.waitFor(() => expect(alert()?.textContent).toContain('the disk is gone'));
    expect(alert()?.querySelector('li')).toBeNull();
  });
});
