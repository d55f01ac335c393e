import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Citation, Page } from '@/lib/model';
import { samplePages, VI_NEWS_URL } from '@/tests/pages';
import { BibliographyExport } from './BibliographyExport';
import { CitationView, CopyQuoteButton } from './CitationView';

const { viNews, journal } = samplePages();
const asPage = (page: typeof viNews): Page => ({
  ...page,
  id: page.id!,
  createdAt: page.createdAt!,
  updatedAt: page.createdAt!,
});
const VI_REFERENCE = `Báo Tin tức/TTXVN. (2022, November 30). Nâng cao hiệu quả công tác truyền thông về quyền con người. Tin Tức Example. ${VI_NEWS_URL}`;

let host: HTMLElement;
let clipboard: { text: string; html: string }[];

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  clipboard = [];
  // The browser's clipboard, recording both flavours as the page would put them.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      write: async (items: ClipboardItem[]) => {
        const item = items[0]!;
        const read = async (type: string) => (await item.getType(type)).text();
        clipboard.push({ text: await read('text/plain'), html: await read('text/html') });
      },
      writeText: async (text: string) => void clipboard.push({ text, html: '' }),
    },
  });
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const button = (label: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
const input = (label: string) =>
  [...host.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(label))!
    .querySelector('input, textarea') as HTMLInputElement | HTMLTextAreaElement;
/** Types into a field and lets Preact re-render, as a person's next action would. */
const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

/** Renders the view of `page` and opens its correction form. */
async function openForm(page: Page, locale: 'en-US' | 'vi-VN', onSave: (edits: Citation) => void) {
  render(
    <CitationView
      page={page}
      style="apa"
      locale={locale}
      onStyleChange={() => {}}
      onSave={onSave}
    />,
    host,
  );
  button('Correct the citation').click();
  await vi.waitFor(() => expect(host.querySelector('form')).not.toBeNull());
}

const submit = () =>
  host
    .querySelector('form')!
    .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('CitationView', { timeout: 60_000 }, () => {
  it('shows the reference in the chosen style and copies it as text and HTML', async () => {
    render(
      <CitationView
        page={asPage(viNews)}
        style="apa"
        locale="en-US"
        onStyleChange={() => {}}
        onSave={() => {}}
      />,
      host,
    );
    await vi.waitFor(
      () => expect(host.querySelector('.cite-reference')?.textContent).toBe(VI_REFERENCE),
      { timeout: 30_000 },
    );
    button('Copy citation').click();
    await vi.waitFor(() => expect(clipboard).toHaveLength(1));
    expect(clipboard[0]!.text).toBe(VI_REFERENCE);
    expect(clipboard[0]!.html).toContain('<i>Tin Tức Example</i>');
    expect(host.textContent).toContain('Copied to the clipboard.');
  });

  it('offers every style and reports the choice', async () => {
    const onStyleChange = vi.fn();
    render(
      <CitationView
        page={asPage(viNews)}
        style="apa"
        locale="en-US"
        onStyleChange={onStyleChange}
        onSave={() => {}}
      />,
      host,
    );
    const select = host.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).toEqual([
      'apa',
      'mla',
      'chicago-author-date',
      'harvard',
      'ieee',
    ]);
    select.value = 'mla';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onStyleChange).toHaveBeenCalledWith('mla');
  });

  it('saves the reader’s corrections of title, authors, date and site', async () => {
    const onSave = vi.fn<(edits: Citation) => void>();
    await openForm(asPage(viNews), 'vi-VN', onSave);
    expect(input('Authors').value).toBe('Báo Tin tức/TTXVN');
    await type(input('Title'), 'Tiêu đề đã sửa');
    await type(input('Authors'), 'Nguyễn, Văn An\nBáo Tin tức/TTXVN');
    await type(input('Date published'), '01/12/2022');
    await type(input('Website or publication'), 'Báo Tin tức');
    submit();
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toEqual({
      title: 'Tiêu đề đã sửa',
      author: [{ family: 'Nguyễn', given: 'Văn An' }, { literal: 'Báo Tin tức/TTXVN' }],
      issued: '2022-12-01',
      containerTitle: 'Báo Tin tức',
    });
  });

  it('refuses a date it cannot read, and can undo corrections', async () => {
    const onSave = vi.fn();
    const page = { ...asPage(viNews), citationEdits: { title: 'Sửa' } };
    await openForm(page, 'en-US', onSave);
    await type(input('Date published'), 'sometime');
    submit();
    await vi.waitFor(() =>
      expect(host.querySelector('[role=alert]')?.textContent).toContain('cannot be read'),
    );
    expect(onSave).not.toHaveBeenCalled();
    button('Undo my corrections').click();
    expect(onSave).toHaveBeenCalledWith({});
  });
});

describe('CopyQuoteButton', { timeout: 60_000 }, () => {
  it('copies the quote, the in-text citation and the reference', async () => {
    render(
      <CopyQuoteButton quote="quyền con người" page={asPage(viNews)} style="mla" locale="en-US" />,
      host,
    );
    button('Copy quote with citation').click();
    await vi.waitFor(() => expect(clipboard).toHaveLength(1), { timeout: 30_000 });
    expect(clipboard[0]!.text).toMatch(
      /^“quyền con người” \(Báo Tin tức\/TTXVN\)\n\nBáo Tin tức\/TTXVN\. “Nâng cao/,
    );
    expect(clipboard[0]!.text).toContain(VI_NEWS_URL);
  });
});

describe('BibliographyExport', { timeout: 60_000 }, () => {
  it('downloads the pages in the chosen format', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:gloss';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('reading.ris');
    });
    render(
      <BibliographyExport
        pages={[asPage(viNews), asPage(journal)]}
        style="apa"
        onStyleChange={() => {}}
        fileName="reading"
      />,
      host,
    );
    expect(host.textContent).toContain('2 pages');
    await choose(host.querySelector('select')!, 'ris');
    submit();
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const ris = await blobs[0]!.text();
    expect(ris).toContain('AU  - Báo Tin tức/TTXVN\r\n');
    expect(ris).toContain('DO  - 10.1234/jrw.2021.0042\r\n');
    createObjectURL.mockRestore();
    click.mockRestore();
  });

  it('says when there is nothing to cite', () => {
    render(<BibliographyExport pages={[]} style="apa" onStyleChange={() => {}} />, host);
    expect(host.textContent).toContain('No pages to cite yet.');
  });
});
