// The content script every http(s) page loads. It stays small: one lookup, and listeners that
// load the rest of Gloss (entrypoints/page.ts: anchoring, painting, toolbar, extraction,
// message checks) on first need — when the page has annotations, when the reader selects text,
// or when a message needs it. A page without annotations pays for the lookup and nothing more,
// even with the sidebar open beside it.
import type { PageAnnotations } from '@/lib/db/handlers';
import type { AnchorStates, ToBackground } from '@/lib/model/messages';
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

    // Messages start the page, except two that need none of it on a page without annotations:
    // the sidebar asking where they landed (nowhere), and a change (which is a new lookup).
    // The page checks every message in full; here only its type is read.
    browser.runtime.onMessage.addListener((raw) => {
      const type = (raw as { type?: unknown } | null)?.type;
      if (page) return page.then((started) => started.receive(raw));
      if (type === 'annotations.changed') {
        found = lookup();
        return look().then(() => null);
      }
      return found.then(({ annotations }) =>
        type === 'anchor.states' && annotations.length === 0
          ? ({ url: location.href, states: {} } satisfies AnchorStates)
          : start().then((started) => started.receive(raw)),
      );
    });
  },
});
