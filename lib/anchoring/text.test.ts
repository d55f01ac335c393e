import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { normalizeText, rangeOf, readText } from './text';

/** The text of `node` with a space at every block edge: what `readText` normalises. */
function visible(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  const name = (node as Element).localName;
  if (name === 'script') return '';
  const inner = Array.from(node.childNodes, visible).join('');
  return ['p', 'div'].includes(name) ? ` ${inner} ` : inner;
}

// Text nodes start with a character that is not a mark: NFC never joins across nodes, so the
// text read node by node is the whole visible text, normalised.
const first = fc.constantFrom('a', 'Z', ' ', '\n', 'ệ', '\u212b', '😀', '\u0958');
const piece = fc.constantFrom(
  'e',
  'the',
  '.',
  '\u0301', // combining acute, after anything
  '\u0323',
  'ê',
  'ệ', // NFC
  'e\u0302\u0323', // NFD, marks in the order NFC does not keep
  '\u1100\u1161\u11a8', // Hangul jamo, composed by NFC
  '\u212b', // changed by NFC alone
  '\u0958', // one code unit that NFC makes two
  '😀',
  ' ',
  '  ',
  '\n\t',
  '\u00a0',
  '\u200b',
  '\u00ad',
);
const data = fc.tuple(first, fc.array(piece, { maxLength: 12 })).map(([a, b]) => a + b.join(''));
type Shape = string | { tag: string; children: Shape[] };
const { shape } = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small' },
    data,
    fc.record({
      tag: fc.constantFrom('p', 'div', 'span', 'b', 'script'),
      children: fc.array(tie('shape'), { maxLength: 4 }),
    }),
  ),
}));
const tree = fc.array(shape, { maxLength: 6 });

/** A root holding `shapes`: text nodes side by side, elements nested, empty or hidden. */
function build(shapes: Shape[], parent: Node = document.createElement('div')): Element {
  for (const s of shapes) {
    if (typeof s === 'string') parent.appendChild(document.createTextNode(s));
    else build(s.children, parent.appendChild(document.createElement(s.tag)));
  }
  return parent as Element;
}

group('normalizeText', () => {
  it('folds NFD, invisible characters and whitespace runs, and leaves plain text as it is', () => {
    expect(normalizeText('the council met')).toBe('the council met');
    expect(normalizeText('the  council')).toBe('the council');
    expect(normalizeText(' the  council\tmet\n')).toBe(' the council met ');
    expect(normalizeText('Vie\u0302\u0323t\u00a0Nam\u200b')).toBe('Việt Nam');
    expect(normalizeText('co\u00adoperate\u2003now')).toBe('cooperate now');
  });
});

group('readText', () => {
  it('reads the visible text, normalised, and maps each character back to its source', () => {
    fc.assert(
      fc.property(tree, (shape) => {
        const root = build(shape);
        const page = readText(root);
        expect(page.text).toBe(normalizeText(visible(root)).trim());
        const raw = page.nodes.map((node) => node.data).join('');
        // Characters that share a source (a cluster, or one code unit NFC made two) are the
        // normalised source; a space is a point, at whitespace or a block edge.
        let i = 0;
        while (i < page.text.length) {
          const [start, end] = [page.starts[i]!, page.ends[i]!];
          let j = i + 1;
          while (j < page.text.length && page.starts[j] === start && page.ends[j] === end) j++;
          if (page.text[i] === ' ') {
            expect(start).toBe(end);
          } else {
            expect(normalizeText(raw.slice(start, end))).toBe(page.text.slice(i, j));
            expect(normalizeText(rangeOf(page, i, j).toString())).toBe(page.text.slice(i, j));
          }
          i = j;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('skips what a reader never sees and breaks lines at blocks', () => {
    document.body.innerHTML =
      '<div>one<script>two</script><span>three</span></div><p>four\u200b</p>five<style>x</style>';
    expect(readText(document.body).text).toBe('onethree four five');
  });
});
