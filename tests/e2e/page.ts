// What a reader does on a page, as the tests do it: with the mouse, through the real UI.
import { waitFor, type ExtensionBrowser, type Frame, type Tab } from './browsers';
import type { Colour } from '../../lib/model';

/** Selects `text` in the page by dragging the mouse from its first letter to its last. */
export async function selectWithMouse(tab: Tab, text: string): Promise<void> {
  const points = await tab.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = (n as Text).parentElement;
      if (parent && /^(script|style|noscript|template)$/i.test(parent.localName)) continue;
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) return null;
    const locate = (offset: number): [Text, number] => {
      let pos = 0;
      for (const node of nodes) {
        if (offset < pos + node.data.length) return [node, offset - pos];
        pos += node.data.length;
      }
      throw new Error('offset out of range');
    };
    const [startNode, startOffset] = locate(at);
    startNode.parentElement?.scrollIntoView({ block: 'center' });
    const rectOf = (offset: number) => {
      const [node, off] = locate(offset);
      const r = document.createRange();
      r.setStart(node, off);
      r.setEnd(node, off + 1);
      return r.getBoundingClientRect();
    };
    void startOffset;
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, text);
  if (!points) throw new Error(`Text not found on the page: ${text}`);
  // Right after a navigation the content script may not listen yet (it starts at
  // document_idle): a reader would select again when no toolbar shows, and so do the tests.
  for (let attempt = 1; ; attempt++) {
    await tab.mouse.move(points.x1, points.y1);
    await tab.mouse.down();
    await tab.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 5 });
    await tab.mouse.move(points.x2, points.y2, { steps: 5 });
    await tab.mouse.up();
    const selected = await tab.evaluate(() => window.getSelection()?.toString() ?? '', null);
    if (selected.replace(/\s+/g, ' ').trim() !== text.replace(/\s+/g, ' ').trim()) {
      throw new Error(`Mouse selected "${selected}" instead of "${text}"`);
    }
    try {
      await waitFor('the selection toolbar', () => toolbarShown(tab), 3_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await tab.evaluate(() => window.getSelection()?.removeAllRanges(), null);
    }
  }
}

/** Clicks a button of Gloss's in-page UI (in its shadow root) by its accessible name. */
export async function clickGlossButton(tab: Tab, label: string): Promise<void> {
  const box = await waitFor(`the "${label}" button`, () =>
    tab.evaluate((name) => {
      const shadow = document.querySelector('gloss-ui')?.shadowRoot;
      const button = shadow?.querySelector<HTMLElement>(`button[aria-label="${name}"]`);
      if (!button || button.closest('[hidden]')) return null;
      const r = button.getBoundingClientRect();
      return r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, label),
  );
  await tab.mouse.click(box.x, box.y);
}

/**
 * Highlights `text` as a reader does (select it, click the colour, or `button` in another
 * language) and waits until it is painted.
 */
export async function highlight(
  tab: Tab,
  text: string,
  colour: Colour,
  button = `Highlight ${colour}`,
): Promise<void> {
  await selectWithMouse(tab, text);
  await clickGlossButton(tab, button);
  await waitFor(`"${text}" painted ${colour}`, async () =>
    (await painted(tab))[`gloss-${colour}`]?.includes(text),
  );
}

/** The texts painted by Gloss, by highlight name, as the page itself sees `CSS.highlights`. */
export function painted(tab: Tab): Promise<Record<string, string[]>> {
  return tab.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('gloss-')) {
        out[name] = [...highlight].map((r) => (r as Range).toString().normalize('NFC'));
      }
    });
    return out;
  }, null);
}

/** The browser's id of the tab showing `url`, asked from an extension page. */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const probe = await browser.openExtensionPage('sidepanel.html', '#app');
  try {
    return await waitFor(`a tab at ${url}`, () =>
      probe.evaluate(async (wanted) => {
        type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
        const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => t.url === wanted)?.id ?? null;
      }, url),
    );
  } finally {
    await probe.close();
  }
}

/** Everything the visited page's scripts could read: its DOM, open shadow roots included. */
export function pageMarkup(tab: Tab): Promise<string> {
  return tab.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
    }
    return parts.join('\n');
  }, null);
}

/** The in-page editor's frame, once it has rendered its note field. */
export async function editorFrame(tab: Tab): Promise<Frame> {
  return waitFor('the in-page editor', async () => {
    for (const frame of tab.frames()) {
      // Firefox may report an extension frame's URL as about:blank: ask the frame itself.
      const ready = await frame
        .evaluate(
          () =>
            location.href.includes('/editor.html') && document.querySelector('textarea') !== null,
          null,
        )
        .catch(() => false);
      if (ready) return frame;
    }
    return null;
  });
}

/** Clicks an element inside the in-page editor with the mouse, as a reader would. */
export async function clickInEditor(tab: Tab, frame: Frame, selector: string): Promise<void> {
  const outer = await tab.evaluate(() => {
    const r = document
      .querySelector('gloss-ui')
      ?.shadowRoot?.querySelector('iframe')
      ?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top } : null;
  }, null);
  const inner = await frame.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, selector);
  if (!outer || !inner) throw new Error(`No ${selector} in the in-page editor`);
  await tab.mouse.click(outer.x + inner.x, outer.y + inner.y);
}

/** The quotes listed in a sidebar, attached ones and orphans apart. */
export function sidebarQuotes(sidebar: Tab): Promise<{ attached: string[]; orphans: string[] }> {
  return sidebar.evaluate(() => {
    const quotes = (selector: string) =>
      [...document.querySelectorAll(selector)].map((q) => (q.textContent ?? '').normalize('NFC'));
    return {
      attached: quotes('main > ol.cards .quote'),
      orphans: quotes('.orphans .quote'),
    };
  }, null);
}

/** Clicks the button of an extension page whose text is `label`. */
export async function clickButton(tab: Tab, label: string): Promise<void> {
  await waitFor(`the "${label}" button`, () =>
    tab.evaluate((text) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === text && !b.disabled,
      );
      button?.click();
      return Boolean(button);
    }, label),
  );
}

/**
 * Makes an extension page keep what it downloads instead of saving it: each file's name and
 * text, in order, for `downloads` to read.
 */
export function captureDownloads(tab: Tab): Promise<void> {
  return tab.evaluate(() => {
    const files: { name: string; text: Promise<string> }[] = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) files.push({ name: this.download, text: blob.text() });
    };
    (window as unknown as { glossDownloads: typeof files }).glossDownloads = files;
  }, null);
}

export function downloads(tab: Tab): Promise<{ name: string; text: string }[]> {
  return tab.evaluate(async () => {
    const files = (
      window as unknown as { glossDownloads: { name: string; text: Promise<string> }[] }
    ).glossDownloads;
    return Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text })));
  }, null);
}

/** Gives a file input of an extension page a file, as choosing it in the file dialog does. */
export function chooseFile(tab: Tab, selector: string, name: string, text: string): Promise<void> {
  return tab.evaluate(
    ({ selector, name, text }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`No ${selector}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, text },
  );
}

/** Empties Gloss's database, as a new browser profile would have it. */
export function clearDatabase(tab: Tab): Promise<void> {
  return tab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gloss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames].filter((s) => s !== 'settings');
          const tx = db.transaction(stores, 'readwrite');
          for (const store of stores) tx.objectStore(store).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    null,
  );
}

/** Whether Gloss's selection toolbar shows on the page. */
export function toolbarShown(tab: Tab): Promise<boolean> {
  return tab.evaluate(() => {
    const bar = document.querySelector('gloss-ui')?.shadowRoot?.querySelector('[role="toolbar"]');
    return bar ? getComputedStyle(bar).display !== 'none' : false;
  }, null);
}
