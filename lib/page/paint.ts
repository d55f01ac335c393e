// Painting with the CSS Custom Highlight API: the page's DOM is never wrapped or changed,
// so pages that re-render (React, editors) are not broken and cannot read our notes.
import { COLOURS, type Colour } from '../model';

/** Colours chosen to keep black and white text readable in light and dark pages. */
export const COLOUR_VALUES: Record<Colour, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  green: 'rgba(76, 200, 90, 0.4)',
  blue: 'rgba(70, 150, 255, 0.38)',
  pink: 'rgba(255, 105, 180, 0.38)',
  purple: 'rgba(160, 100, 255, 0.38)',
};

export const highlightName = (colour: Colour) => `gloss-${colour}`;
export const FLASH = 'gloss-flash';

/** The page-wide style sheet that gives each named highlight its colour. */
export function paintStyles(): string {
  const rules = COLOURS.map(
    (c) => `::highlight(${highlightName(c)}) { background-color: ${COLOUR_VALUES[c]}; }`,
  );
  rules.push(`::highlight(${FLASH}) { background-color: rgba(255, 140, 0, 0.75); }`);
  return rules.join('\n');
}

export interface Painted {
  range: Range;
  colour: Colour;
}

/** The highlight registry the page exposes as `CSS.highlights`. */
export type Registry = Pick<HighlightRegistry, 'set' | 'delete'>;

/** Replaces every Gloss highlight on the page with the given ones. */
export function paint(registry: Registry, painted: Iterable<Painted>): void {
  const byColour = new Map<Colour, Range[]>(COLOURS.map((c) => [c, []]));
  for (const { range, colour } of painted) byColour.get(colour)?.push(range);
  for (const [colour, ranges] of byColour) {
    if (ranges.length === 0) registry.delete(highlightName(colour));
    else registry.set(highlightName(colour), new Highlight(...ranges));
  }
}

/** Briefly marks a range so the eye finds it after scrolling. */
export function flash(registry: Registry, range: Range, ms = 1200): void {
  registry.set(FLASH, new Highlight(range));
  setTimeout(() => registry.delete(FLASH), ms);
}

/**
 * Which painted annotation lies under a point: highlights are not elements, so clicks are
 * hit-tested against the ranges' boxes. The shortest range wins where highlights overlap.
 */
export function hitTest(entries: Iterable<[string, Range]>, x: number, y: number): string | null {
  let best: { id: string; length: number } | null = null;
  for (const [id, range] of entries) {
    for (const rect of range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
        const length = range.toString().length;
        if (!best || length < best.length) best = { id, length };
        break;
      }
    }
  }
  return best?.id ?? null;
}
