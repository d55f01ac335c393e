// "Copy quote with citation" from the selection toolbar, pasted as a student would paste it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type BrowserName, type ExtensionBrowser, type Tab } from './browsers';
import { clickGlossButton, selectWithMouse } from './page';
import { startServer, type PageServer } from './server';
import { viNews, TU_PHAP as SENTENCE } from './vi-news';

const v1 = viNews('v1');

/** Pastes the clipboard into a field of the page with the keyboard; returns both flavours. */
async function paste(tab: Tab): Promise<{ text: string; html: string }> {
  await tab.evaluate(() => {
    const field = document.createElement('div');
    field.id = 'paste-here';
    field.contentEditable = 'true';
    field.addEventListener('paste', (event) => {
      event.preventDefault();
      field.dataset.text = event.clipboardData?.getData('text/plain') ?? '';
      field.dataset.html = event.clipboardData?.getData('text/html') ?? '';
    });
    document.body.prepend(field);
    field.focus();
  }, null);
  // The copy finishes a moment after the click (the background formats the citation):
  // paste again until the citation is there.
  return waitFor('the pasted citation', async () => {
    await new Promise((r) => setTimeout(r, 500));
    await tab.keyboard.down('Control');
    await tab.keyboard.press('v');
    await tab.keyboard.up('Control');
    return tab.evaluate(() => {
      const field = document.getElementById('paste-here');
      const text = field?.dataset.text ?? '';
      return text.includes('“') ? { text, html: field?.dataset.html ?? '' } : null;
    }, null);
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('citations in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let tab: Tab;

  beforeAll(async () => {
    server = await startServer();
    server.set('/nhan-quyen/bai-viet.html', v1);
    browser = await launch(name);
    tab = await browser.newTab();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('copies a quote with its citation: title, organisation author, date and URL', async () => {
    const url = `${server.origin}/nhan-quyen/bai-viet.html`;
    await tab.goto(url);
    await selectWithMouse(tab, SENTENCE);
    await clickGlossButton(tab, 'Copy quote with citation');
    const pasted = await paste(tab);
    expect(pasted.text).toContain(`“${SENTENCE}” (Báo Tin tức/TTXVN, 2022)`);
    expect(pasted.text).toContain('Nâng cao hiệu quả công tác truyền thông về quyền con người');
    expect(pasted.text).toContain('2022, November 30');
    expect(pasted.text).toContain(url);
    expect(pasted.html).toContain('Báo Tin tức/TTXVN');
  });
});
