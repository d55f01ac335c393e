// What the content script does on a page, as a plain object over the DOM and a `send`
// function to the background, so that it can be tested in happy-dom.
import { anchorAll, describe } from '../anchoring';
import type { Annotation, AnchorState, Colour } from '../model';
import type { AnnotationChanges, PageDraft } from '../model/messages';
import type { PageAnnotations } from '../db/handlers';
import { flash, hitTest, paint, type Registry } from './paint';

/** The content script's requests to the background, answered as the background answers. */
export interface Backend {
  annotations(url: string): Promise<PageAnnotations>;
  create(input: {
    url: string;
    page?: PageDraft;
    selectors: Annotation['selectors'];
    colour: Colour;
  }): Promise<Annotation>;
  update(id: string, changes: AnnotationChanges): Promise<Annotation | null>;
  report(url: string, states: Record<string, AnchorState>): Promise<unknown>;
}

export interface PageControllerOptions {
  root: () => Element;
  url: () => string;
  backend: Backend;
  registry: Registry;
  /** Reads the page's metadata; called once, when the page is first highlighted. */
  extract: () => PageDraft;
}

export function createPageController(options: PageControllerOptions) {
  const { backend, registry } = options;
  // Whether the page record exists: its metadata is read only for the first highlight.
  let pageKnown = false;
  let annotations: Annotation[] = [];
  const ranges = new Map<string, Range>();
  let states: Record<string, AnchorState> = {};
  let url = options.url();

  function repaint() {
    const byId = new Map(annotations.map((a) => [a.id, a]));
    paint(
      registry,
      [...ranges].map(([id, range]) => ({ range, colour: byId.get(id)?.colour ?? 'yellow' })),
    );
  }

  /** Re-attaches what is not attached yet; returns how many were newly attached. */
  function anchorPending(): number {
    const pending = annotations.filter((a) => !ranges.has(a.id));
    if (pending.length === 0) return 0;
    const results = anchorAll(options.root(), pending);
    let attached = 0;
    for (const a of pending) {
      const result = results.get(a.id);
      if (result?.range) {
        ranges.set(a.id, result.range);
        attached++;
      }
      states[a.id] = result?.state ?? 'orphan';
    }
    return attached;
  }

  async function report() {
    await backend.report(url, { ...states });
  }

  return {
    /**
     * Loads the page's annotations: one lookup, and nothing more where there are none. The
     * caller may pass the answer to a lookup it already made for the current URL.
     */
    async load(found?: PageAnnotations): Promise<number> {
      url = options.url();
      const result = found ?? (await backend.annotations(url));
      pageKnown = result.page !== undefined;
      annotations = result.annotations;
      ranges.clear();
      states = {};
      if (annotations.length > 0) {
        anchorPending();
        repaint();
        await report();
      } else {
        repaint();
      }
      return annotations.length;
    },

    /** After the page changed under the reader: attach what is still pending. */
    async reanchor(): Promise<number> {
      // Ranges whose text was removed from the page collapse: they are pending again.
      for (const [id, range] of ranges) {
        if (range.collapsed || !range.startContainer.isConnected) {
          ranges.delete(id);
        }
      }
      const attached = anchorPending();
      if (attached > 0 || annotations.some((a) => !ranges.has(a.id))) {
        repaint();
        await report();
      }
      return attached;
    },

    /** How many annotations are not attached to the page (yet). */
    pending: () => annotations.filter((a) => !ranges.has(a.id)).length,
    get count() {
      return annotations.length;
    },

    async highlight(range: Range, colour: Colour): Promise<Annotation> {
      const selectors = describe(options.root(), range);
      const annotation = await backend.create({
        url,
        page: pageKnown ? undefined : options.extract(),
        selectors,
        colour,
      });
      pageKnown = true;
      annotations.push(annotation);
      ranges.set(annotation.id, range.cloneRange());
      states[annotation.id] = 'anchored';
      repaint();
      await report();
      return annotation;
    },

    /** Moves an orphan (or any annotation) to a new passage. */
    async reattach(id: string, range: Range): Promise<boolean> {
      const selectors = describe(options.root(), range);
      const updated = await backend.update(id, { selectors });
      if (!updated) return false;
      annotations = annotations.map((a) => (a.id === id ? updated : a));
      ranges.set(id, range.cloneRange());
      states[id] = 'anchored';
      repaint();
      await report();
      return true;
    },

    scrollTo(id: string): boolean {
      const range = ranges.get(id);
      if (!range) return false;
      const target =
        range.startContainer instanceof Element
          ? range.startContainer
          : range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flash(registry, range);
      return true;
    },

    hit(x: number, y: number): string | null {
      return hitTest(ranges, x, y);
    },

    rangeOf: (id: string) => ranges.get(id),
    states: () => ({ url, states: { ...states } }),
  };
}
