// The content script imports the rest of Gloss (page.js) on first need: that must work on
// pages whose Content-Security-Policy forbids every script of their own.
import { describe, expect, it } from 'vitest';
import { waitFor, type BrowserName } from './browsers';
import { painted, highlight } from './page';
import { useSession } from './session';
import { viNews, TU_PHAP as SENTENCE } from './vi-news';

const strict = viNews('v1').replace(
  /<head[^>]*>/i,
  `$&<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`,
);

describe.each<BrowserName>(['chromium', 'firefox'])('strict pages in %s', (name) => {
  const session = useSession(name, { '/strict.html': strict });

  const paintedGreen = async () => (await painted(session.tab))['gloss-green'] ?? [];

  it('highlights on a page that allows no scripts, and paints again after a reload', async () => {
    const url = session.url('/strict.html');
    await session.tab.goto(url);
    await highlight(session.tab, SENTENCE, 'green');

    await session.tab.goto(url);
    await waitFor('the highlight after reload', async () => (await paintedGreen()).length === 1);
    expect(await paintedGreen()).toEqual([SENTENCE]);
  });
});
