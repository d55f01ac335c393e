// "Copy quote with citation" from the selection toolbar, pasted as a student would paste it.
import { describe, expect, it } from 'vitest';
import { waitFor, type BrowserName, type Tab } from './browsers';
import { clickGlossButton, selectWithMouse } from './page';
import { useSession } from './session';
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
  const session = useSession(name, { '/nhan-quyen/bai-viet.html': v1 });

  it('copies a quote with its citation: title, organisation author, date and URL', async () => {
    const url = session.url('/nhan-quyen/bai-viet.html');
    await session.tab.goto(url);
    await selectWithMouse(session.tab, SENTENCE);
    await clickGlossButton(session.tab, 'Copy quote with citation');
    const pasted = await paste(session.tab);
    expect(pasted.text).toContain(`“${SENTENCE}” (Báo Tin tức/TTXVN, 2022)`);
    expect(pasted.text).toContain('Nâng cao hiệu quả công tác truyền thông về quyền con người');
    expect(pasted.text).toContain('2022, November 30');
    expect(pasted.text).toContain(url);
    expect(pasted.html).toContain('Báo Tin tức/TTXVN');
  });
});
