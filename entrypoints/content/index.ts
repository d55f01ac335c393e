// The content script every http(s) page loads. It stays small: one lookup, and listeners that
// load the rest of Gloss (entrypoints/page.ts: anchoring, painting, toolbar, extraction,
// message checks) on first need — when the page has annotations, when the reader selects text,
// or when a message arrives. A page without annotations pays for the lookup and nothing more.
import type { PageAnnotations } from '@/lib/db/handlers';
import type { ToBackground } from '@/lib/model/messages';
import { selectedRange } from '@/lib/page/selection';
import type { Page, StartPage } from '../page';

const lookup = () =>
  browser.runtime.sendMessage({
    type: 'page.annotations',
    url: location.href,
  } satisfies ToBackground) as Promise<PageAnnotations>;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let found = lookup();
    let page: Promise<Page> | undefined;
    // The lookup the page last showed: each lookup is shown once, whoever started the page.
    let shown: Promise<PageAnnotations> | undefined;
    const show = async (started: Page) => {
      if (shown === found) return;
      shown = found;
      await started.load(await shown);
    };
    // An extension module imported into this script's world (web_accessible_resources).
    const start = () =>
      (page ??= (async () => {
        const module = (await import(/* @vite-ignore */ browser.runtime.getURL('/page.js'))) as {
          default: StartPage;
        };
        const started = module.default(ctx);
        await show(started);
        return started;
      })());

    const look = async () => {
      const annotations = await found;
      if (page) await show(await page);
      else if (annotations.annotations.length > 0) await start();
    };
    void look();
    // The Navigation API reports a URL change before the URL is updated: look just after it.
    ctx.addEventListener(window, 'wxt:locationchange', () =>
      setTimeout(() => {
        found = lookup();
        void look();
      }),
    );

    // Until the page is started, a selection starts it; then the page listens for itself.
    const selection = () => {
      if (!page && selectedRange(document)) void start().then((started) => started.showToolbar());
    };
    ctx.addEventListener(document, 'mouseup', () => setTimeout(selection));
    ctx.addEventListener(document, 'keyup', (event) => event.shiftKey && selection());

    browser.runtime.onMessage.addListener((raw) => start().then((started) => started.receive(raw)));
  },
});
