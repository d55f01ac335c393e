import { describe, expect, it } from 'vitest';
import { EDITOR_SIZE, editorPosition, toolbarPosition } from './toolbar';

const viewport = { width: 1000, height: 800 };
const bar = { width: 260, height: 34 };

describe('toolbarPosition', () => {
  it('centres the toolbar above the selection', () => {
    const box = { left: 400, top: 300, bottom: 320, width: 200 };
    expect(toolbarPosition(box, bar, viewport)).toEqual({ left: 370, top: 258 });
  });

  it('goes below a selection at the top of the viewport, and stays inside it sideways', () => {
    const box = { left: 980, top: 10, bottom: 30, width: 15 };
    expect(toolbarPosition(box, bar, viewport)).toEqual({ left: 732, top: 38 });
  });
});

describe('editorPosition', () => {
  it('opens just below the passage', () => {
    expect(editorPosition({ left: 100, top: 200, bottom: 220, width: 50 }, viewport)).toEqual({
      left: 100,
      top: 228,
    });
  });

  it('stays inside the viewport near its bottom-right corner', () => {
    const { left, top } = editorPosition({ left: 950, top: 780, bottom: 795, width: 40 }, viewport);
    expect(left + EDITOR_SIZE.width).toBeLessThanOrEqual(viewport.width);
    expect(top + EDITOR_SIZE.height).toBeLessThanOrEqual(viewport.height);
    expect([left, top]).toEqual([632, 472]);
  });
});
