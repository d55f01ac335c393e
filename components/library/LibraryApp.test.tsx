import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GlossDb, toRow } from '@/lib/db';
import { jsonExporter, type Exporter } from '@/lib/library/export';
import { EMPTY_QUERY, type LibraryQuery } from '@/lib/library/query';
import type { Annotation, Page } from '@/lib/model';
import { LibraryApp } from './LibraryApp';

let db: GlossDb;
let container: HTMLElement;
let n = 0;

const uuid = (i: number, kind: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** `pages` pages of `perPage` annotations; page 0 is Vietnamese, in NFD. */
async function fill(pages: number, perPage: number) {
  const pageRows: Page[] = [];
  const rows = [];
  for (let p = 0; p < pages; p++) {
    const day = `2024-01-${String((p % 28) + 1).padStart(2, '0')}T00:00:00.000Z`;
    const title = p === 0 ? 'Quyền con người'.normalize('NFD') : `Essay ${p}`;
    pageRows.push({
      id: uuid(p, 1),
      url: `https://example.org/${p}`,
      title,
      createdAt: day,
      updatedAt: day,
    });
    for (let a = 0; a < perPage; a++) {
      const exact = p === 0 ? 'Đảng và Nhà nước'.normalize('NFD') : `Passage ${a} of essay ${p}`;
      const annotation: Annotation = {
        id: uuid(p * perPage + a, 2),
        pageId: uuid(p, 1),
        selectors: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start: a * 100, end: a * 100 + exact.length },
        ],
        colour: a % 2 ? 'green' : 'yellow',
        note: '',
        tags: p === 1 ? ['thesis'] : [],
        createdAt: day,
        updatedAt: day,
      };
      rows.push(toRow(annotation));
    }
  }
  await db.pages.bulkAdd(pageRows);
  await db.annotations.bulkAdd(rows);
}

async function mount(query: LibraryQuery = EMPTY_QUERY, exporters: Record<string, Exporter> = {}) {
  const changes: string[] = [];
  const opened: [string, string | undefined][] = [];
  await act(() => {
    render(
      <LibraryApp
        db={db}
        initialQuery={query}
        onQueryChange={(search) => changes.push(search)}
        onOpen={async (url, id) => {
          opened.push([url, id]);
          return true;
        }}
        exporters={exporters}
      />,
      container,
    );
  });
  return { changes, opened };
}

const status = () => container.querySelector('[role="status"]')!.textContent;
const loaded = () => vi.waitFor(() => expect(status()).toMatch(/^Highlights: /), { timeout: 5000 });
const search = () => container.querySelector<HTMLInputElement>('input[type="search"]')!;

async function type(text: string) {
  await act(() => {
    search().value = text;
    search().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  db = new GlossDb(`library-ui-${n++}`);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  render(null, container);
  container.remove();
  await db.delete();
});

describe('LibraryApp', () => {
  it('keeps the DOM bounded with thousands of annotations', async () => {
    await fill(300, 10);
    await mount();
    await loaded();
    expect(status()).toBe('Highlights: 3000 · pages: 300');
    const items = container.querySelectorAll('[role="listitem"]');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    expect(container.querySelector('[role="listitem"]')!.getAttribute('aria-setsize')).toBe('3300');
  });

  it('finds Vietnamese text typed without diacritics and marks the match', async () => {
    await fill(3, 2);
    const { changes } = await mount();
    await loaded();
    await type('dang nha');
    expect(status()).toBe('Highlights: 2 · pages: 1');
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('Đảng'.normalize('NFD'));
    expect(marks).toContain('Nhà'.normalize('NFD'));
    expect(changes.at(-1)).toBe('?q=dang+nha');
  });

  it('starts from a bookmarked view and filters by tag', async () => {
    await fill(3, 2);
    await mount({ ...EMPTY_QUERY, tag: 'thesis' });
    await loaded();
    expect(status()).toBe('Highlights: 2 · pages: 1');
    expect(container.querySelector<HTMLSelectElement>('select')!.value).toBe('thesis');
  });

  it('moves through the rows with the arrow keys and opens a quote', async () => {
    await fill(2, 2);
    const { opened } = await mount();
    await loaded();
    const first = container.querySelector<HTMLButtonElement>('[data-row="0"] button')!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    const second = container.querySelector<HTMLButtonElement>('[data-row="1"] button')!;
    expect(document.activeElement).toBe(second);
    expect(second.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    await act(() => second.click());
    expect(opened).toEqual([['https://example.org/1', uuid(2, 2)]]);
  });

  it('deletes the results with undo, and exports them with the exporters given', async () => {
    await fill(3, 2);
    const exported: string[][] = [];
    const spy: Exporter = (selection) => {
      exported.push(selection.annotations.map((a) => a.id));
      return jsonExporter(selection);
    };
    globalThis.URL.createObjectURL = () => 'blob:x';
    globalThis.URL.revokeObjectURL = () => {};
    await mount({ ...EMPTY_QUERY, tag: 'thesis' }, { JSON: spy, Nothing: () => undefined });
    await loaded();
    const button = (name: RegExp) =>
      [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

    await act(() => button(/^Export JSON$/).click());
    await vi.waitFor(() => expect(exported).toEqual([[uuid(2, 2), uuid(3, 2)]]));
    await act(() => button(/^Export Nothing$/).click());
    await vi.waitFor(() =>
      expect(status()).toBe('Nothing to export: there are no highlights here yet.'),
    );

    await act(() => button(/^Delete results \(2\)$/).click());
    await act(() => button(/^Yes, delete results \(2\)$/).click());
    await vi.waitFor(() => expect(status()).toBe('Highlights deleted: 2.Undo'));
    expect((await db.annotations.get(uuid(2, 2)))?.deletedAt).toBeDefined();
    await act(() => button(/^Undo$/).click());
    await vi.waitFor(() => expect(status()).toBe('Highlights restored: 2.'));
    expect((await db.annotations.get(uuid(2, 2)))?.deletedAt).toBeUndefined();
  });

  it('renames a tag from the tags view, then shows its highlights', async () => {
    await fill(3, 2);
    await mount();
    await loaded();
    const button = (name: RegExp) =>
      [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
    await act(() => button(/^Tags$/).click());
    const input = container.querySelector<HTMLInputElement>(
      'input[aria-label="New name for thesis"]',
    )!;
    await act(() => {
      input.value = 'luận văn';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => button(/^Rename$/).click());
    await vi.waitFor(() => expect(status()).toBe('Tag changed on highlights: 2.'));
    expect((await db.annotations.get(uuid(2, 2)))?.tags).toEqual(['luận văn']);
    await act(() => button(/Show the highlights tagged luận văn$/).click());
    expect(container.querySelector<HTMLSelectElement>('select')!.value).toBe('luận văn');
    expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(3);
  });
});
