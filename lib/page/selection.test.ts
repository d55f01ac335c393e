import { afterEach, describe, expect, it } from 'vitest';
import { selectedRange } from './selection';

const select = (node: Node, start: number, end: number) => {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
};

describe('selectedRange', () => {
  afterEach(() => {
    document.getSelection()?.removeAllRanges();
    document.body.replaceChildren();
  });

  it('returns the selected text in the body', () => {
    document.body.innerHTML = '<p>Hà Nội mùa thu</p>';
    select(document.body.querySelector('p')!.firstChild!, 0, 6);
    expect(selectedRange(document)?.toString()).toBe('Hà Nội');
  });

  it('ignores a collapsed selection and one of only whitespace', () => {
    document.body.innerHTML = '<p>a   b</p>';
    const text = document.body.querySelector('p')!.firstChild!;
    select(text, 1, 1);
    expect(selectedRange(document)).toBeNull();
    select(text, 1, 4);
    expect(selectedRange(document)).toBeNull();
  });

  it('ignores a selection outside the body', () => {
    const title = document.createElement('title');
    title.textContent = 'Outside';
    document.head.append(title);
    select(title.firstChild!, 0, 7);
    expect(selectedRange(document)).toBeNull();
    title.remove();
  });
});
