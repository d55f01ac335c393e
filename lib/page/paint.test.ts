import { describe, expect, it } from 'vitest';
import { hitTest, paint, paintStyles, type Registry } from './paint';

/** A range whose boxes are given, as a browser would lay the text out. */
function rangeWith(
  text: string,
  rects: { left: number; top: number; right: number; bottom: number }[],
) {
  const range = document.createRange();
  const node = document.createTextNode(text);
  document.body.append(node);
  range.selectNodeContents(node);
  range.getClientRects = () => rects as unknown as DOMRectList;
  return range;
}

describe('hitTest', () => {
  const long = rangeWith('a long passage over two lines', [
    { left: 0, top: 0, right: 500, bottom: 20 },
    { left: 0, top: 20, right: 200, bottom: 40 },
  ]);
  const short = rangeWith('short', [{ left: 100, top: 0, right: 150, bottom: 20 }]);
  const entries: [string, Range][] = [
    ['long', long],
    ['short', short],
  ];

  it('finds the highlight under the point, the shortest where they overlap', () => {
    expect(hitTest(entries, 300, 10)).toBe('long');
    expect(hitTest(entries, 120, 10)).toBe('short');
    expect(hitTest(entries, 100, 30)).toBe('long');
  });

  it('finds nothing between or beside the boxes', () => {
    expect(hitTest(entries, 300, 30)).toBeNull();
    expect(hitTest(entries, 600, 10)).toBeNull();
  });
});

describe('paint', () => {
  it('puts each colour in its own named highlight and removes colours no longer used', () => {
    const set = new Map<string, number>();
    const registry: Registry = {
      set: (name, highlight) => {
        set.set(name, highlight.size);
        return registry as unknown as HighlightRegistry;
      },
      delete: (name) => set.delete(name),
    };
    (globalThis as { Highlight?: unknown }).Highlight ??= class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    };
    const a = document.createRange();
    const b = document.createRange();
    paint(registry, [
      { range: a, colour: 'yellow' },
      { range: b, colour: 'yellow' },
      { range: a, colour: 'blue' },
    ]);
    expect(Object.fromEntries(set)).toEqual({ 'gloss-yellow': 2, 'gloss-blue': 1 });
    paint(registry, [{ range: b, colour: 'green' }]);
    expect(Object.fromEntries(set)).toEqual({ 'gloss-green': 1 });
    expect(paintStyles()).toContain('::highlight(gloss-purple)');
  });
});
