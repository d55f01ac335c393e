// The page text that selectors are relative to: the text a reader sees, normalised so that
// changes a reader cannot see (whitespace, NFC/NFD, zero-width characters, markup) leave it
// unchanged, with a map from every normalised character back to the DOM.

/** Elements whose text a reader never sees; matchers that search it paint inside script JSON. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Elements that break a line: their edges read as whitespace even when the markup has none,
 * so `<p>a</p><p>b</p>` and `<p>a</p>\n<p>b</p>` give the same text.
 */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Whitespace as HTML and Unicode know it (what `\s` matches), tested by code unit for speed. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Characters that render as nothing: soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Combining marks (and Hangul vowel/final jamo), which NFC may fold into the character before. */
const COMBINING = /[\p{M}\u1160-\u11ff]/u;

// What a code unit is to `readText` (see `kindOf`).
/** A character that stays as it is on its own: not space, invisible or a mark, already NFC. */
const PLAIN = 1;
/** A combining mark: part of the cluster of the character before it. */
const MARK = 2;
const SPACE = 3;
const INVISIBLE = 4;
/** Half a surrogate pair, or a character NFC changes even on its own (U+212B Å → U+00C5). */
const OTHER = 5;

/**
 * The kind of each UTF-16 code unit, found on first sight and kept: a page uses few distinct
 * ones, and a table lookup costs less than a regular expression or `normalize` per character.
 * 64 KiB, filled only where a page asks.
 */
const KINDS = new Uint8Array(0x10000);
function kindOf(c: number): number {
  let kind = KINDS[c]!;
  if (kind === 0) {
    const char = String.fromCharCode(c);
    if (isSpace(c)) kind = SPACE;
    else if (isInvisible(c)) kind = INVISIBLE;
    else if (c >= 0x300 && COMBINING.test(char)) kind = MARK;
    else if ((c >= 0xd800 && c <= 0xdfff) || char.normalize('NFC') !== char) kind = OTHER;
    else kind = PLAIN;
    KINDS[c] = kind;
  }
  return kind;
}

/**
 * What normalising may change: anything beyond printable ASCII and single spaces. Most quotes
 * and contexts are plain ASCII, and a batch normalises three strings for each annotation.
 */
const MAY_CHANGE = /[^\x20-\x7e]| {2}/;

/**
 * Normalises a string the way page text is normalised: NFC, no invisible characters, whitespace
 * runs as one space. Edge spaces are kept: beside a passage they are part of its context.
 */
export function normalizeText(value: string): string {
  if (!MAY_CHANGE.test(value)) return value;
  return value
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * The visible text of a root, normalised, with its way back to the DOM. `starts[i]`/`ends[i]`
 * are the raw offsets (into the concatenated data of `nodes`) of the source of character `i`.
 */
export interface PageText {
  readonly text: string;
  readonly nodes: readonly Text[];
  /** Raw offset of each node's first character; ascending. */
  readonly nodeStarts: readonly number[];
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
}

/** Reads the visible text of `root` once; everything else in a batch works on the result. */
export function readText(root: Element): PageText {
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  // Two numbers per character of a long page: typed arrays, grown by doubling, not JS arrays.
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let length = 0;
  // Pieces joined once at the end: a string grown piece by piece is a rope, slow to search.
  const parts: string[] = [];
  let raw = 0;
  // A whitespace run (or block edge) seen but not yet written: written once, before the next
  // visible character, so runs collapse and the text never starts or ends with a space.
  let pending = -1;

  /** Makes room for `count` more characters, after the pending space if any. */
  const open = (count: number) => {
    if (length + count + 1 > starts.length) {
      const capacity = Math.max(2 * starts.length, length + count + 1);
      const grownStarts = new Int32Array(capacity);
      const grownEnds = new Int32Array(capacity);
      grownStarts.set(starts.subarray(0, length));
      grownEnds.set(ends.subarray(0, length));
      [starts, ends] = [grownStarts, grownEnds];
    }
    if (pending >= 0) {
      if (length > 0) {
        parts.push(' ');
        starts[length] = pending;
        ends[length] = pending;
        length++;
      }
      pending = -1;
    }
  };

  const visitText = (node: Text) => {
    const data = node.data;
    nodes.push(node);
    nodeStarts.push(raw);
    const n = data.length;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      const kind = kindOf(c);
      if (kind === PLAIN) {
        // A run of plain characters is copied whole, each character its own source; the last
        // is left to the cluster path when marks follow it.
        let j = i + 1;
        while (j < n && kindOf(data.charCodeAt(j)) === PLAIN) j++;
        if (j < n && kindOf(data.charCodeAt(j)) === MARK) j--;
        if (j > i) {
          open(j - i);
          parts.push(i === 0 && j === n ? data : data.slice(i, j));
          for (let k = raw + i; k < raw + j; k++) {
            starts[length] = k;
            ends[length] = k + 1;
            length++;
          }
          i = j;
          continue;
        }
      }
      if (kind === SPACE) {
        if (pending < 0) pending = raw + i;
        i++;
      } else if (kind === INVISIBLE) {
        i++;
      } else {
        let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
        while (j < n && kindOf(data.charCodeAt(j)) === MARK) j++;
        const cluster = data.slice(i, j).normalize('NFC');
        open(cluster.length);
        parts.push(cluster);
        for (let k = 0; k < cluster.length; k++) {
          starts[length] = raw + i;
          ends[length] = raw + j;
          length++;
        }
        i = j;
      }
    }
    raw += n;
  };

  const breakLine = () => {
    if (pending < 0) pending = raw;
  };

  // Iterative walk in document order: deep pages must not overflow the stack. Each node's
  // properties are read once (in happy-dom each read is a getter, the most of this walk's time);
  // whether an open element is a block is kept for when it closes.
  const blocks: boolean[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3) {
      visitText(node as Text);
    } else if (type === 1) {
      const name = (node as Element).localName;
      if (!HIDDEN.has(name)) {
        // An empty block's edges are one break, made here.
        const block = BLOCK.has(name);
        if (block) breakLine();
        const first: Node | null = node.firstChild;
        if (first) {
          blocks.push(block);
          node = first;
          continue;
        }
      }
    }
    // Leave this node, and every ancestor it closes, up to the next sibling.
    let next: Node | null = node.nextSibling;
    while (!next && blocks.length > 0) {
      node = node.parentNode!;
      if (blocks.pop()) breakLine();
      next = node.nextSibling;
    }
    node = next;
  }
  return {
    text: parts.join(''),
    nodes,
    nodeStarts,
    starts: starts.slice(0, length),
    ends: ends.slice(0, length),
  };
}

/** The last index `i` in ascending `values` with `values[i] <= target` (-1 if none). */
function lastAtMost(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The DOM range of the normalised text `[start, end)`; `start < end`. */
export function rangeOf(page: PageText, start: number, end: number): Range {
  const rawStart = page.starts[start]!;
  const rawEnd = page.ends[end - 1]!;
  const first = lastAtMost(page.nodeStarts, rawStart);
  // The end belongs to the node the last character is in, not to the next one starting there.
  const last = lastAtMost(page.nodeStarts, rawEnd - 1);
  const startNode = page.nodes[first]!;
  const endNode = page.nodes[last]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, rawStart - page.nodeStarts[first]!);
  range.setEnd(endNode, rawEnd - page.nodeStarts[last]!);
  return range;
}

/** The next node in document order inside `root`, not entering `node` when `skip` is set. */
function following(node: Node, root: Node, skip: boolean): Node | null {
  if (!skip && node.firstChild) return node.firstChild;
  let up: Node | null = node;
  while (up && up !== root) {
    if (up.nextSibling) return up.nextSibling;
    up = up.parentNode;
  }
  return null;
}

/** Each text node's place in `page.nodes`, made on first need and kept with the page. */
const NODE_INDEXES = new WeakMap<PageText, Map<Node, number>>();
function nodeIndexOf(page: PageText): Map<Node, number> {
  let index = NODE_INDEXES.get(page);
  if (!index) {
    index = new Map(page.nodes.map((node, i) => [node, i]));
    NODE_INDEXES.set(page, index);
  }
  return index;
}

/** The raw offset of a boundary point: of the first visible character at or after it. */
function rawOffsetOf(
  page: PageText,
  index: Map<Node, number>,
  root: Node,
  container: Node,
  offset: number,
): number {
  const own = index.get(container);
  if (own !== undefined) return page.nodeStarts[own]! + offset;
  let node: Node | null =
    container.nodeType === 1 || container.nodeType === 11
      ? (container.childNodes[offset] ?? following(container, root, true))
      : following(container, root, true);
  while (node) {
    const at = index.get(node);
    if (at !== undefined) return page.nodeStarts[at]!;
    node = following(node, root, false);
  }
  const lastNode = page.nodes.length - 1;
  return lastNode < 0 ? 0 : page.nodeStarts[lastNode]! + page.nodes[lastNode]!.data.length;
}

/**
 * The normalised text offsets `[start, end)` of a DOM range inside `root`, trimmed of the
 * spaces at its edges; `null` when it holds no visible text.
 */
export function offsetsOf(
  page: PageText,
  root: Element,
  range: Range,
): { start: number; end: number } | null {
  const index = nodeIndexOf(page);
  const rawStart = rawOffsetOf(page, index, root, range.startContainer, range.startOffset);
  const rawEnd = rawOffsetOf(page, index, root, range.endContainer, range.endOffset);
  // First character whose source ends after the start; first whose source starts at the end.
  let start = lastAtMost(page.ends, rawStart) + 1;
  let end = lastAtMost(page.starts, rawEnd - 1) + 1;
  while (start < end && page.text.charCodeAt(start) === 32) start++;
  while (end > start && page.text.charCodeAt(end - 1) === 32) end--;
  return start < end ? { start, end } : null;
}
