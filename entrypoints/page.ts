// Gloss on a page, loaded by the content script (entrypoints/content) on first need: when the
// page has annotations, when the reader selects text, or when a message arrives. Built as an
// ES module (wxt.config.ts) that the content script imports into its own world.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/components/i18n';
import { extractPage } from '@/lib/extract';
import type { PageAnnotations } from '@/lib/db/handlers';
import { COLOURS, type Annotation, type Colour } from '@/lib/model';
import { ToContent, type ToBackground } from '@/lib/model/messages';
import { createPageController } from '@/lib/page/controller';
import { createReanchorScheduler } from '@/lib/anchoring/scheduler';
import { paintStyles } from '@/lib/page/paint';
import { selectedRange as selected } from '@/lib/page/selection';
import { createToolbar, EDITOR_SIZE, editorPosition } from '@/lib/page/toolbar';
import { writeClipboard } from '@/lib/page/clipboard';

const send = <T>(message: ToBackground) => browser.runtime.sendMessage(message) as Promise<T>;

export default defineUnlistedScript(() => startPage);

export type StartPage = typeof startPage;

function startPage(ctx: ContentScriptContext) {
  const controller = createPageController({
    root: () => document.body,
    url: () => location.href,
    registry: CSS.highlights,
    extract: () => extractPage(document, location.href),
    backend: {
      annotations: (url) => send<PageAnnotations>({ type: 'page.annotations', url }),
      create: (input) => send<Annotation>({ type: 'annotation.create', ...input }),
      update: (id, changes) => send<Annotation | null>({ type: 'annotation.update', id, changes }),
      report: (url, states) => send({ type: 'anchor.report', url, states }),
    },
  });

  let styled = false;
  const ensureStyles = () => {
    if (styled) return;
    styled = true;
    const style = document.createElement('style');
    style.textContent = paintStyles();
    document.head.append(style);
  };

  // Pages that load content late or re-render re-anchor what is still pending: debounced,
  // resting when nothing is left or nothing more attaches (lib/anchoring/scheduler.ts).
  const observer = new MutationObserver(() => scheduler.poke());
  const scheduler = createReanchorScheduler({
    run: () => {
      // Anchoring runs synchronously inside reanchor(); only its report is awaited.
      void controller.reanchor();
      const left = controller.pending();
      if (left === 0) observer.disconnect();
      return left;
    },
  });
  const watch = () => {
    if (controller.pending() === 0) return;
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    scheduler.wake();
  };

  const load = async (found?: PageAnnotations) => {
    const count = await controller.load(found);
    if (count > 0) ensureStyles();
    watch();
  };

  // UI in a shadow root, made on first use.
  let ui: { toolbar: ReturnType<typeof createToolbar>; shadow: ShadowRoot } | undefined;
  const host = () => {
    if (ui) return ui;
    const element = document.createElement('gloss-ui');
    const shadow = element.attachShadow({ mode: 'open' });
    document.documentElement.append(element);
    const colour = Object.fromEntries(COLOURS.map((c) => [c, t(`highlight_${c}`)])) as Record<
      Colour,
      string
    >;
    const toolbar = createToolbar(
      shadow,
      {
        toolbar: t('toolbarLabel'),
        colour,
        note: t('addNote'),
        tag: t('addTag'),
        copy: t('cite_copyQuote'),
      },
      {
        highlight: (c) => void highlightSelection(c),
        note: () => void highlightSelection('yellow', 'note'),
        tag: () => void highlightSelection('yellow', 'tags'),
        copy: () => void copyWithCitation(),
      },
    );
    ui = { toolbar, shadow };
    return ui;
  };

  const selectedRange = () => selected(document);

  async function highlightSelection(colour: Colour, edit?: 'note' | 'tags') {
    const range = selectedRange();
    ui?.toolbar.hide();
    if (!range) return;
    ensureStyles();
    const annotation = await controller.highlight(range, colour);
    window.getSelection()?.removeAllRanges();
    if (edit) openEditor(annotation.id, edit, range.getBoundingClientRect());
  }

  async function copyWithCitation() {
    const range = selectedRange();
    ui?.toolbar.hide();
    if (!range) return;
    try {
      const quoted = await send<{ text: string; html: string }>({
        type: 'citation.quote',
        url: location.href,
        quote: range.toString(),
        page: controller.count > 0 ? undefined : extractPage(document, location.href),
      });
      await writeClipboard(quoted);
    } catch (error) {
      alert(t('cite_copyFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  // The note editor is an extension page in a frame: the visited page cannot read it.
  let editor: HTMLIFrameElement | undefined;
  function openEditor(id: string, focus: 'note' | 'tags', near: DOMRect) {
    closeEditor();
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL(`/editor.html?id=${id}&focus=${focus}`);
    frame.title = t('editNote');
    const { left, top } = editorPosition(near, {
      width: window.innerWidth,
      height: window.innerHeight,
    });
    frame.setAttribute(
      'style',
      `position:fixed;z-index:2147483647;top:${top}px;left:${left}px;` +
        `width:${EDITOR_SIZE.width}px;height:${EDITOR_SIZE.height}px;border:0;` +
        'border-radius:10px;box-shadow:0 4px 24px rgba(0,0,0,.35);',
    );
    host().shadow.append(frame);
    editor = frame;
  }
  function closeEditor() {
    editor?.remove();
    editor = undefined;
  }

  const showToolbar = () => {
    const range = selectedRange();
    if (range) host().toolbar.show(range.getBoundingClientRect());
    else if (ui?.toolbar.visible) ui.toolbar.hide();
  };
  ctx.addEventListener(document, 'mouseup', (event) => {
    if (ui && event.composedPath().includes(ui.shadow.host)) return;
    setTimeout(showToolbar);
  });
  ctx.addEventListener(document, 'keyup', (event) => {
    if (event.shiftKey && selectedRange()) showToolbar();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (ui?.toolbar.visible && !selectedRange()) ui.toolbar.hide();
  });

  // A click on a painted highlight opens it in the sidebar, or in the in-page editor where
  // the browser will not open the sidebar without a gesture of its own.
  ctx.addEventListener(document, 'click', (event) => {
    if (controller.count === 0 || selectedRange()) return;
    const id = controller.hit(event.clientX, event.clientY);
    if (!id) return;
    const near = controller.rangeOf(id)?.getBoundingClientRect();
    void send<{ opened: boolean }>({ type: 'sidebar.open', id }).then(({ opened }) => {
      if (!opened && near) openEditor(id, 'note', near);
    });
  });

  /** A message to the tab, as it arrived: checked here before anything is done. */
  const receive = (raw: unknown): Promise<unknown> | undefined => {
    const parsed = ToContent.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    switch (message.type) {
      case 'annotations.changed':
        return load().then(() => null);
      case 'annotation.scrollTo':
        return Promise.resolve(controller.scrollTo(message.id));
      case 'anchor.states':
        return Promise.resolve(controller.states());
      case 'selection.highlight':
        return highlightSelection(message.colour).then(() => null);
      case 'selection.reattach': {
        const range = selectedRange();
        if (!range) return Promise.resolve(false);
        ensureStyles();
        return controller.reattach(message.id, range);
      }
      case 'editor.close':
        closeEditor();
        return Promise.resolve(null);
    }
  };

  return { load, receive, showToolbar };
}

export type Page = ReturnType<StartPage>;
