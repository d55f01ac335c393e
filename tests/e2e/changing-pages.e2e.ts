// Pages that change under the reader: an article that arrives late, and a single-page app
// that changes its URL without reloading. Highlights re-attach when their text appears.
import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type BrowserName } from './browsers';
import { painted, highlight } from './page';
import { useSession } from './session';
import { viNews, TUYEN_GIAO as SENTENCE } from './vi-news';

const v1 = viNews('v1');
const paragraph = v1.match(/<p>Cũng theo hướng dẫn[^]*?<\/p>/)?.[0] ?? '';

/** v1 with the paragraph written in by a script `delay` ms after load, as late content is. */
function lateArticle(delay: number): string {
  return v1.replace(
    paragraph,
    `<p id="late"></p><script>setTimeout(() => { document.getElementById('late').outerHTML = ${JSON.stringify(paragraph)}; }, ${delay});</script>`,
  );
}

/** A page that shows another page's article only after a client-side navigation. */
const app = `<!doctype html><html><head><meta charset="utf-8"><title>App</title></head><body>
<nav><a id="go" href="/article.html">Đọc bài</a></nav><main id="view"><p>Trang chủ của ứng dụng.</p></main>
<script>
document.getElementById('go').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', '/article.html');
  document.getElementById('view').innerHTML = ${JSON.stringify(paragraph)};
});
</script></body></html>`;

describe.each<BrowserName>(['chromium', 'firefox'])('changing pages in %s', (name) => {
  const session = useSession(name, { '/article.html': v1 });

  beforeAll(async () => {
    await session.tab.goto(session.url('/article.html'));
    await highlight(session.tab, SENTENCE, 'blue');
  });

  it('re-attaches a highlight whose text loads after the page', async () => {
    session.server.set('/article.html', lateArticle(1500));
    await session.tab.goto(session.url('/article.html'));
    expect((await painted(session.tab))['gloss-blue'] ?? []).toEqual([]);
    await waitFor(
      'the late highlight',
      async () => (await painted(session.tab))['gloss-blue']?.length === 1,
    );
    expect((await painted(session.tab))['gloss-blue']).toEqual([SENTENCE]);
  });

  it('re-attaches after a navigation that changes the URL without reloading', async () => {
    session.server.set('/app.html', app);
    await session.tab.goto(session.url('/app.html'));
    expect((await painted(session.tab))['gloss-blue'] ?? []).toEqual([]);
    await session.tab.evaluate(() => document.getElementById('go')?.click(), null);
    await waitFor(
      'the highlight after navigation',
      async () => (await painted(session.tab))['gloss-blue']?.length === 1,
    );
    expect((await painted(session.tab))['gloss-blue']).toEqual([SENTENCE]);
  });
});
