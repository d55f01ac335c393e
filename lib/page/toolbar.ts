// The selection toolbar: plain DOM in a shadow root, so page CSS cannot reach it and the
// content script stays small (no UI framework on every page).
import { COLOURS, type Colour } from '../model';
import { COLOUR_VALUES } from './paint';

export interface ToolbarLabels {
  toolbar: string;
  colour: Record<Colour, string>;
  note: string;
  tag: string;
  copy: string;
}

export interface ToolbarActions {
  highlight(colour: Colour): void;
  note(): void;
  tag(): void;
  copy(): void;
}

export interface Box {
  left: number;
  top: number;
  bottom: number;
  width: number;
}

const GAP = 8;

/**
 * Where the toolbar goes: centred above the selection, or below it when there is no room
 * above; kept inside the viewport horizontally. Coordinates are the viewport's.
 */
export function toolbarPosition(
  selection: Box,
  toolbar: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const centre = selection.left + selection.width / 2;
  const left = Math.min(
    Math.max(GAP, centre - toolbar.width / 2),
    viewport.width - toolbar.width - GAP,
  );
  const above = selection.top - toolbar.height - GAP;
  const top =
    above >= GAP ? above : Math.min(selection.bottom + GAP, viewport.height - toolbar.height - GAP);
  return { left: Math.max(GAP, left), top: Math.max(GAP, top) };
}

/** The in-page note editor's size: room for the quote, a note and tags. */
export const EDITOR_SIZE = { width: 360, height: 320 } as const;

/** Where the in-page editor goes: just below the passage, kept inside the viewport. */
export function editorPosition(
  near: Box,
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const top = Math.min(near.bottom + GAP, viewport.height - EDITOR_SIZE.height - GAP);
  const left = Math.min(Math.max(GAP, near.left), viewport.width - EDITOR_SIZE.width - GAP);
  return { left: Math.max(GAP, left), top: Math.max(GAP, top) };
}

const STYLE = `
:host { all: initial; }
.bar { position: fixed; z-index: 2147483647; display: flex; gap: 4px; align-items: center;
  padding: 4px 6px; border-radius: 8px; background: #1f2328; color: #fff;
  font: 13px/1.2 system-ui, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,.35); }
.bar[hidden] { display: none; }
button { all: unset; cursor: pointer; border-radius: 6px; padding: 4px 6px; color: inherit; }
button:hover { background: rgba(255,255,255,.15); }
button:focus-visible { outline: 2px solid #7cb7ff; outline-offset: 1px; }
.swatch { width: 16px; height: 16px; padding: 0; border-radius: 50%; border: 2px solid #fff; }
.sep { width: 1px; align-self: stretch; background: rgba(255,255,255,.3); }
`;

/** Builds the toolbar inside `shadow`; returns functions to show it at a box and hide it. */
export function createToolbar(shadow: ShadowRoot, labels: ToolbarLabels, actions: ToolbarActions) {
  const style = document.createElement('style');
  style.textContent = STYLE;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', labels.toolbar);
  bar.hidden = true;

  const button = (label: string, text: string, run: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.title = label;
    b.textContent = text;
    // Keep the page's selection: a mousedown on a button would otherwise clear it.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      run();
    });
    return b;
  };

  for (const colour of COLOURS) {
    const swatch = button(labels.colour[colour], '', () => actions.highlight(colour));
    swatch.className = 'swatch';
    swatch.style.background = COLOUR_VALUES[colour].replace(/[\d.]+\)$/, '1)');
    bar.append(swatch);
  }
  const sep = document.createElement('span');
  sep.className = 'sep';
  bar.append(
    sep,
    button(labels.note, '✎', actions.note),
    button(labels.tag, '#', actions.tag),
    button(labels.copy, '❝', actions.copy),
  );
  shadow.append(style, bar);

  return {
    element: bar,
    show(selection: Box) {
      bar.hidden = false;
      const { left, top } = toolbarPosition(
        selection,
        { width: bar.offsetWidth || 260, height: bar.offsetHeight || 34 },
        { width: window.innerWidth, height: window.innerHeight },
      );
      bar.style.left = `${left}px`;
      bar.style.top = `${top}px`;
    },
    hide() {
      bar.hidden = true;
    },
    get visible() {
      return !bar.hidden;
    },
  };
}
