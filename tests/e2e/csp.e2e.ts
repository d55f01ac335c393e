// The content script imports the rest of Gloss (page.js) on first need: that must work on
// pages whose Content-Security-Policy forbids every script of their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type BrowserName, type ExtensionBrowser, type Tab } from './browsers';
import { clickGlossButton, painted, selectWithMouse } from './page';
import { startServer, type PageServer } from './server';
import { viNews, TU_PHAP as SENTENCE } from './vi-news';

const strict = viNews('v1').replace(
  /<head[^>]*>/i,
  `$&<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`,
);

describe.each<BrowserName>(['chromium', 'firefox'])('strict pages in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let tab: Tab;

  beforeAll(async () => {
    server = await startServer();
    server.set('/strict.html', strict);
    browser = await launch(name);
    tab = await browser.newTab();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const paintedGreen = async () => (await painted(tab))['gloss-green'] ?? [];

  it('highlights on a page that allows no scripts, and paints again after a reload', async () => {
    const url = `${server.origin}/strict.html`;
    await tab.goto(url);
    await selectWithMouse(tab, SENTENCE);
    await clickGlossButton(tab, 'Highlight green');
    await waitFor('the highlight to be painted', async () => (await paintedGreen()).length === 1);

    await tab.goto(url);
    await waitFor('the highlight after reload', async () => (await paintedGreen()).length === 1);
    expect(await paintedGreen()).toEqual([SENTENCE]);
  });
});
