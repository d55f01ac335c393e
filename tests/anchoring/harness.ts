// The fidelity harness: highlights made on an original page, the page changed the way real pages
// change, and every highlight scored by where it lands. Shared by the fidelity suite (Gloss) and
// the benchmark (Gloss and its peers on the same highlights and changes).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import NodeUtility from 'happy-dom/lib/nodes/node/NodeUtility.js';
import { anchorAll, describe } from '../../lib/anchoring';
import { offsetsOf, readText } from '../../lib/anchoring/text';
import type { Selector } from '../../lib/model';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * CI clones the repository beside `shared/`, as /work/main sits beside /work/shared; a checkout
 * elsewhere names the folder in GLOSS_PAGES.
 */
export const PAGES_DIR = process.env.GLOSS_PAGES ?? path.resolve(repoRoot, '../shared/pages');

export interface SamplePage {
  name: string;
  html: string;
}

function readPage(...parts: string[]): string {
  return readFileSync(path.join(PAGES_DIR, ...parts), 'utf8');
}

/** The shared sample pages (Readability's corpus and the vi-news article) and our own. */
export function samplePages(): SamplePage[] {
  if (!existsSync(PAGES_DIR)) {
    throw new Error(
      `Sample pages not found at ${PAGES_DIR}: the repository must sit beside shared/pages ` +
        '(as /work/main beside /work/shared), or GLOSS_PAGES must name that folder.',
    );
  }
  const readability = readdirSync(path.join(PAGES_DIR, 'readability'))
    .sort()
    .map((name) => ({ name, html: readPage('readability', name, 'source.html') }));
  return [...readability, { name: 'vi-news', html: readPage('vi-news', 'v1.html') }, ...ownPages()];
}

/** The natural change: the vi-news article revisited (NFD, re-flowed, clutter changed). */
export function viNews(): { before: string; after: string } {
  return { before: readPage('vi-news', 'v1.html'), after: readPage('vi-news', 'v2.html') };
}

/** A deterministic pseudo-random source (mulberry32): the same seed, the same highlights. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const between = (random: Random, lo: number, hi: number) =>
  lo + Math.floor(random() * (hi - lo + 1));

const WORDS = (
  'the of and council report minister says new city year market people water school data ' +
  'policy court river bridge health plan week price energy rain team game study group local ' +
  'kết quả người dân thành phố chính phủ năm nay kinh tế đề án truyền thông quyền con'
).split(' ');

/** Filler text for clutter and inserted paragraphs: plausible words, no passage text. */
function filler(random: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, WORDS));
  const text = out.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

/** Pages we write ourselves: repetition (lists, tables, pull-quotes) and a short note. */
function ownPages(): SamplePage[] {
  const random = seeded(7);
  const comments = Array.from({ length: 30 }, (_, i) => {
    const who = pick(random, ['Anna', 'Binh', 'Chloé', 'Dũng', 'Emil']);
    return (
      `<li class="comment"><b>${who}</b> wrote: I agree with the article. ${filler(random, 8)} ` +
      `Reply · Like · ${i + 1} hours ago</li>`
    );
  }).join('\n');
  const rows = Array.from(
    { length: 25 },
    (_, i) =>
      `<tr><td>Station ${i % 5}</td><td>Rain expected</td><td>${filler(random, 4)}</td></tr>`,
  ).join('');
  const quote = 'Cities that plan for water will keep their bridges open in the storm season.';
  const repetitive = `<!doctype html><html><body><main><h1>Storm season</h1>
    <p>${filler(random, 30)} ${quote} ${filler(random, 20)}</p>
    <blockquote class="pull">${quote}</blockquote>
    <p>${filler(random, 40)}</p><p>${quote} ${filler(random, 25)}</p>
    <table>${rows}</table><ul>${comments}</ul></main></body></html>`;
  const short = `<!doctype html><html><body><article><h1>Short note</h1>
    <p>Tiếng Việt có dấu: Nâng cao hiệu quả công tác truyền thông.</p>
    <p>${filler(random, 12)}</p></article></body></html>`;
  return [
    { name: 'own-repetitive', html: repetitive },
    { name: 'own-short', html: short },
  ];
}

/**
 * happy-dom tells whether one node follows another by walking the document from one to the end,
 * so each `Range.setStart` costs a walk of the page (milliseconds on a long one); browsers
 * compare ancestor chains. Comparing chains here makes the benchmark measure anchoring, not that
 * walk, for every tool alike.
 */
NodeUtility.isFollowing = (a: unknown, b: unknown): boolean => {
  if (a === b) return false;
  const chain = (node: Node) => {
    const out: Node[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) out.push(n);
    return out.reverse();
  };
  const ca = chain(a as Node);
  const cb = chain(b as Node);
  if (ca[0] !== cb[0]) return false;
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === cb.length) return true;
  if (i === ca.length) return false;
  // Iterated, not indexed: each index of a happy-dom NodeList goes through a Proxy.
  for (const child of ca[i - 1]!.childNodes) {
    if (child === cb[i]) return true;
    if (child === ca[i]) return false;
  }
  return false;
};

/** Closes the window of a page loaded by `parse`: the suite and the bench load hundreds. */
export async function release(doc: Document): Promise<void> {
  await (doc.defaultView as unknown as Window).happyDOM.close();
}

/** Loads a page in its own happy-dom window; scripts never run, nothing is fetched. */
export function parse(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}

const HIDDEN = 'script, style, noscript, template';
const LEAF_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, td, th, figcaption, pre';

/** The visible text nodes under `root` in document order. */
function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.parentNode as Element | null)?.closest?.(HIDDEN)) out.push(n as Text);
  }
  return out;
}

/** A point in the raw text of a run of text nodes. */
function pointAt(nodes: Text[], offset: number): { node: Text; offset: number } {
  let rest = offset;
  for (const node of nodes) {
    if (rest <= node.data.length) return { node, offset: rest };
    rest -= node.data.length;
  }
  const last = nodes[nodes.length - 1]!;
  return { node: last, offset: last.data.length };
}

const MARK = 'gloss-mark';

interface Unit {
  block: Element;
  nodes: Text[];
  /** Raw start and end of each word of one sentence of the block. */
  words: [number, number][];
}

/** Sentences of leaf blocks with enough text, as runs of words. */
function units(scope: Element): Unit[] {
  const out: Unit[] = [];
  for (const block of scope.querySelectorAll(LEAF_BLOCKS)) {
    if (block.closest(HIDDEN) || block.querySelector(LEAF_BLOCKS)) continue;
    const nodes = textNodes(block);
    const raw = nodes.map((n) => n.data).join('');
    if (raw.replace(/\s+/g, ' ').trim().length < 25) continue;
    for (const sentence of raw.matchAll(/[^.!?。]+[.!?。]*/g)) {
      const words = [...sentence[0].matchAll(/\S+/g)].map((w): [number, number] => [
        sentence.index + w.index,
        sentence.index + w.index + w[0].length,
      ]);
      if (words.length > 0) out.push({ block, nodes, words });
    }
  }
  return out;
}

/**
 * Places `count` passages on the page, deterministically: short phrases, long phrases, whole
 * sentences, whole blocks and passages running from one block into the next, never overlapping.
 * Each passage is bounded by two empty marker elements, which change no text.
 */
export function placePassages(
  doc: Document,
  count: number,
  random: Random,
  scope: Element = doc.body,
): string[] {
  const all = units(scope);
  const taken = new Set<number>();
  const points: { node: Text; offset: number; order: number; mark: Element }[] = [];
  const order = new Map(textNodes(doc.body).map((n, i) => [n, i]));
  const ids: string[] = [];
  for (let attempt = 0; all.length && ids.length < count && attempt < count * 20; attempt++) {
    const u = Math.floor(random() * all.length);
    const unit = all[u]!;
    const kind = random();
    let first: [Unit, number];
    let last: [Unit, number];
    const claimed = [u];
    const words = unit.words.length;
    if (kind < 0.35) {
      const length = between(random, 1, 6);
      const at = between(random, 0, Math.max(0, words - length));
      first = [unit, at];
      last = [unit, Math.min(words, at + length) - 1];
    } else if (kind < 0.45) {
      const length = between(random, 7, 20);
      const at = between(random, 0, Math.max(0, words - length));
      first = [unit, at];
      last = [unit, Math.min(words, at + length) - 1];
    } else if (kind < 0.8) {
      first = [unit, 0];
      last = [unit, words - 1];
    } else {
      // To the end of this block's sentence and into the next unit, across a block edge.
      const next = all[u + 1];
      if (!next || next.block === unit.block) continue;
      claimed.push(u + 1);
      first = [unit, between(random, 0, words - 1)];
      last = [next, between(random, 0, Math.min(4, next.words.length - 1))];
    }
    if (claimed.some((c) => taken.has(c))) continue;
    claimed.forEach((c) => taken.add(c));
    const id = `h${ids.length}`;
    ids.push(id);
    for (const [[owner, word], side] of [
      [first, 'start'],
      [last, 'end'],
    ] as const) {
      const offset = owner.words[word]![side === 'start' ? 0 : 1];
      const point = pointAt(owner.nodes, offset);
      const mark = doc.createElement(MARK);
      mark.setAttribute(`data-${side}`, id);
      points.push({ ...point, order: order.get(point.node)!, mark });
    }
  }
  // Last points first, so splitting a text node never moves a point still to place.
  points.sort((a, b) => b.order - a.order || b.offset - a.offset);
  for (const { node, offset, mark } of points) {
    if (offset === 0) node.before(mark);
    else if (offset >= node.data.length) node.after(mark);
    else node.splitText(offset).before(mark);
  }
  return ids;
}

/** The markers of each page, found once: a page with 500 passages is asked thousands of times. */
const markers = new WeakMap<Document, Map<string, Element>>();

function mark(doc: Document, id: string, side: 'start' | 'end'): Element {
  let known = markers.get(doc);
  if (!known) {
    known = new Map();
    for (const m of doc.querySelectorAll(MARK)) {
      const start = m.getAttribute('data-start');
      known.set(start ? `start ${start}` : `end ${m.getAttribute('data-end')}`, m);
    }
    markers.set(doc, known);
  }
  return known.get(`${side} ${id}`)!;
}

/** The range of a passage, between its markers. */
export function passageRange(doc: Document, id: string): Range {
  const range = doc.createRange();
  range.setStartAfter(mark(doc, id, 'start'));
  range.setEndBefore(mark(doc, id, 'end'));
  return range;
}

/**
 * A test of whether a node lies inside a passage (between its markers), for changes that must
 * not put clutter or paragraphs inside one: markers come in document order, start then end.
 */
function insidePassage(doc: Document): (node: Node) => boolean {
  const marks = [...doc.querySelectorAll(MARK)];
  return (node) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (marks[mid]!.compareDocumentPosition(node) & 4 /* FOLLOWING */) lo = mid + 1;
      else hi = mid;
    }
    return lo % 2 === 1;
  };
}

/** Puts `element` before or after `ref`, unless that lands inside a passage. */
function place(
  inside: (node: Node) => boolean,
  ref: Element,
  element: Element,
  where: 'before' | 'after',
): void {
  if (where === 'before') ref.before(element);
  else ref.after(element);
  if (inside(element)) element.remove();
}

/** Where each passage is in the page's normalised text; then the markers are removed. */
export function settle(doc: Document, ids: readonly string[]): Map<string, Span | null> {
  const page = readText(doc.body);
  const spans = new Map(ids.map((id) => [id, offsetsOf(page, doc.body, passageRange(doc, id))]));
  for (const m of doc.querySelectorAll(MARK)) m.remove();
  doc.body.normalize();
  return spans;
}

export interface Span {
  start: number;
  end: number;
}

/** The visible text nodes between a passage's markers (the markers split the edge nodes). */
function inside(doc: Document, id: string): Text[] {
  const end = mark(doc, id, 'end');
  const walker = doc.createTreeWalker(doc.body, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  walker.currentNode = mark(doc, id, 'start');
  const out: Text[] = [];
  for (let n = walker.nextNode(); n && n !== end; n = walker.nextNode()) {
    if (n.nodeType === 3 && !n.parentElement?.closest(HIDDEN)) out.push(n as Text);
  }
  return out;
}

const WORD = /[^\s.,!?。，、：“”]{2,}/g;

/** Edits one word as an editor would: a typo fixed, a word replaced, a word added before it. */
function edit(node: Text, at: number, word: string, random: Random): void {
  const how = random();
  const replacement =
    how < 0.4 || word.length > 12
      ? word.slice(0, word.length >> 1) + 'x' + word.slice((word.length >> 1) + 1)
      : how < 0.7
        ? pick(random, WORDS)
        : `${pick(random, WORDS)} ${word}`;
  node.data = node.data.slice(0, at) + replacement + node.data.slice(at + word.length);
}

/** Edits a random word of a text node. */
function editWord(node: Text, random: Random): void {
  const words = [...node.data.matchAll(WORD)];
  if (words.length === 0) return;
  const w = pick(random, words);
  edit(node, w.index, w[0], random);
}

/** Blocks that hold no part of a passage: what may be removed freely. */
function freeBlocks(doc: Document, within: (block: Element) => boolean): Element[] {
  const inside = insidePassage(doc);
  return [...doc.body.querySelectorAll(LEAF_BLOCKS)].filter(
    (b) => within(b) && !b.querySelector(MARK) && !b.closest(HIDDEN) && !inside(b),
  );
}

function paragraph(doc: Document, random: Random, className: string): Element {
  const p = doc.createElement('p');
  p.className = className;
  p.textContent = filler(random, between(random, 8, 30));
  return p;
}

/** Blocks that hold passages, to put things near them. */
function passageBlocks(doc: Document, ids: readonly string[]): Element[] {
  return ids
    .map((id) => mark(doc, id, 'start').closest(LEAF_BLOCKS))
    .filter((b): b is Element => b !== null);
}

export type Change = (doc: Document, ids: readonly string[], random: Random) => void;

const clutter: Change = (doc, ids, random) => {
  const article = articleOf(doc);
  const inside = insidePassage(doc);
  // Around the article: a banner and a "most read" list added, some existing blocks removed.
  const banner = doc.createElement('div');
  banner.className = 'ad-banner';
  banner.append(paragraph(doc, random, 'ad'));
  doc.body.prepend(banner);
  const list = doc.createElement('aside');
  list.innerHTML = `<h3>Most read</h3><ul>${Array.from(
    { length: 6 },
    () => `<li><a href="#">${filler(random, 9)}</a></li>`,
  ).join('')}</ul>`;
  doc.body.append(list);
  for (const block of freeBlocks(doc, (b) => !article.contains(b))) {
    if (random() < 0.2) block.remove();
  }
  // Inside the article: ads between paragraphs, some right next to passages.
  for (const block of passageBlocks(doc, ids)) {
    if (random() < 0.15) {
      const ad = doc.createElement('div');
      ad.className = 'inline-ad';
      ad.textContent = `Advertisement ${filler(random, 6)}`;
      place(inside, block, ad, random() < 0.5 ? 'before' : 'after');
    }
  }
};

const markup: Change = (doc, _ids, random) => {
  // Classes renamed, paragraphs wrapped, inline elements unwrapped, words wrapped in <b>.
  for (const el of doc.body.querySelectorAll('[class]')) el.className = `x-${el.className}`;
  for (const el of doc.body.querySelectorAll('span, em, strong, a')) {
    if (random() < 0.3 && !el.closest(HIDDEN)) el.replaceWith(...el.childNodes);
  }
  for (const p of doc.body.querySelectorAll('p')) {
    if (random() < 0.2) {
      const wrapper = doc.createElement('div');
      wrapper.className = 'wrap';
      p.replaceWith(wrapper);
      wrapper.append(p);
    }
  }
  for (const node of textNodes(doc.body)) {
    const word = /[^\s]{3,}/.exec(node.data);
    if (word && random() < 0.2) {
      const rest = node.splitText(word.index);
      rest.splitText(word[0].length);
      const b = doc.createElement(pick(random, ['b', 'span', 'em']));
      b.className = 'hl';
      rest.replaceWith(b);
      b.append(rest);
    }
  }
};

const whitespace: Change = (doc, _ids, random) => {
  // Re-flowed: every run of whitespace becomes another run; blocks get indented.
  const runs = ['\n', '\n    ', '  ', '\t', ' \n ', '\u00a0'];
  for (const node of textNodes(doc.body)) {
    node.data = node.data.replace(/\s+/g, () => (random() < 0.5 ? ' ' : pick(random, runs)));
  }
  for (const block of doc.body.querySelectorAll(LEAF_BLOCKS)) {
    if (random() < 0.5) block.before(doc.createTextNode('\n      '));
  }
};

const nfd: Change = (doc) => {
  for (const node of textNodes(doc.body)) node.data = node.data.normalize('NFD');
};

const editsInside: Change = (doc, ids, random) => {
  for (const id of ids) {
    // Any word but the passage's first and last, which bound where it is expected to be.
    const words = inside(doc, id).flatMap((node) =>
      [...node.data.matchAll(WORD)].map((w) => ({ node, at: w.index, word: w[0] })),
    );
    const inner = words.slice(1, -1);
    if (inner.length > 0) {
      const { node, at, word } = pick(random, inner);
      edit(node, at, word, random);
    } else {
      // One or two words: a letter inside a word of at least five letters.
      const long = words.find((w) => w.word.length >= 5);
      if (long) {
        const at = long.at + 2;
        long.node.data = long.node.data.slice(0, at) + 'x' + long.node.data.slice(at + 1);
      }
    }
  }
};

const editsAround: Change = (doc, ids, random) => {
  // Text that belongs to another passage (one that starts where this one ends) is not "around":
  // editing it would be an edit inside that passage, at its very edge.
  const inside = insidePassage(doc);
  for (const id of ids) {
    const start = mark(doc, id, 'start');
    const end = mark(doc, id, 'end');
    const before = start.previousSibling;
    const after = end.nextSibling;
    if (before?.nodeType === 3 && !inside(before) && random() < 0.7) {
      editWord(before as Text, random);
    }
    if (after?.nodeType === 3 && !inside(after) && random() < 0.7) {
      editWord(after as Text, random);
    }
  }
};

const paragraphsMoved: Change = (doc, ids, random) => {
  const article = articleOf(doc);
  const inside = insidePassage(doc);
  for (const block of passageBlocks(doc, ids)) {
    if (random() < 0.3) place(inside, block, paragraph(doc, random, 'inserted'), 'before');
  }
  for (const block of freeBlocks(doc, (b) => article.contains(b))) {
    if (random() < 0.15) block.remove();
  }
};

const duplicated: Change = (doc, ids, random) => {
  // A pull-quote of each passage a few blocks earlier, between two blocks that hold no passage
  // and beside no other pull-quote (so that it changes no other passage's neighbours).
  const inside = insidePassage(doc);
  const blocks = [...doc.body.querySelectorAll(LEAF_BLOCKS)];
  const used = new Set<number>();
  const free = (at: number) =>
    !used.has(at) && [at - 1, at].every((i) => !blocks[i]?.querySelector(MARK));
  for (const id of ids) {
    const own = mark(doc, id, 'start').closest(LEAF_BLOCKS);
    let at = (own ? blocks.indexOf(own) : 0) - between(random, 2, 6);
    while (at > 0 && !free(at)) at--;
    if (at <= 0) continue;
    used.add(at);
    const quote = doc.createElement('blockquote');
    quote.className = 'pull-quote';
    quote.textContent = passageRange(doc, id).toString();
    place(inside, blocks[at]!, quote, 'before');
  }
};

/**
 * Every other passage deleted, its neighbours kept: what is left around a deleted passage is
 * where a matcher looks hardest, and only the deleted ones are scored (they must be orphans).
 */
const deleted: Change = (doc, ids) => {
  ids.forEach((id, i) => {
    if (i % 2 === 0) for (const node of inside(doc, id)) node.data = '';
  });
};

/**
 * The kinds of change, each scored separately. `survives` is false where the change deletes
 * passages: only the deleted ones are scored there, and orphans are right.
 */
export const CHANGES: { name: string; change: Change; survives: boolean }[] = [
  { name: 'none', change: () => {}, survives: true },
  { name: 'clutter', change: clutter, survives: true },
  { name: 'markup', change: markup, survives: true },
  { name: 'whitespace', change: whitespace, survives: true },
  { name: 'nfd', change: nfd, survives: true },
  { name: 'edits inside', change: editsInside, survives: true },
  { name: 'edits around', change: editsAround, survives: true },
  { name: 'paragraphs', change: paragraphsMoved, survives: true },
  { name: 'duplicated', change: duplicated, survives: true },
  { name: 'deleted', change: deleted, survives: false },
  {
    name: 'combined',
    change: (doc, ids, random) => {
      for (const c of [
        clutter,
        paragraphsMoved,
        duplicated,
        editsInside,
        editsAround,
        markup,
        whitespace,
        nfd,
      ]) {
        c(doc, ids, random);
      }
    },
    survives: true,
  },
];

/**
 * Outcomes, for a passage that survives the change: correct when the anchored range covers
 * exactly the passage's span in the changed page's normalised text (so its text is the
 * passage's text, at the passage's place); partial when it overlaps that span without being
 * it; misplaced when it lies elsewhere; orphaned when nothing was anchored. For a deleted
 * passage, orphaned is the right outcome and any range is misplaced.
 */
export type Outcome = 'correct' | 'partial' | 'misplaced' | 'orphaned';
export const OUTCOMES: readonly Outcome[] = ['correct', 'partial', 'misplaced', 'orphaned'];

export function outcomeOf(expected: Span | null, actual: Span | null): Outcome {
  if (!actual) return 'orphaned';
  if (!expected) return 'misplaced';
  if (actual.start === expected.start && actual.end === expected.end) return 'correct';
  return actual.start < expected.end && expected.start < actual.end ? 'partial' : 'misplaced';
}

/** The span of an anchored range in the page's normalised text. */
export function spanOf(doc: Document, range: Range | null): Span | null {
  return range && offsetsOf(readText(doc.body), doc.body, range);
}

/** An anchoring tool under test: what it stores for a passage, and how it finds it again. */
export interface Tool {
  name: string;
  describe(root: Element, range: Range): unknown;
  anchorAll(root: Element, saved: readonly unknown[]): Promise<(Range | null)[]> | (Range | null)[];
}

/** Gloss itself, as a tool of the suite and of the benchmark. */
export const gloss: Tool = {
  name: 'Gloss',
  describe: (root, range) => describe(root, range),
  anchorAll: (root, saved) => {
    const items = saved.map((selectors, i) => ({
      id: String(i),
      selectors: selectors as Selector[],
    }));
    const results = anchorAll(root, items);
    return items.map((item) => results.get(item.id)!.range);
  },
};

export type Tally = Record<Outcome, number>;
const emptyTally = (): Tally => ({ correct: 0, partial: 0, misplaced: 0, orphaned: 0 });

/** Highlights placed on an original page, ready to be changed and re-anchored. */
export interface Original {
  doc: Document;
  ids: string[];
}

export function original(html: string, count: number, seed: number): Original {
  const doc = parse(html);
  return { doc, ids: placePassages(doc, count, seeded(seed), articleOf(doc)) };
}

/**
 * The article of a page, where readers highlight: the element whose paragraphs hold the most
 * text (a small Readability). Passages are placed there; clutter goes around and inside it.
 */
export function articleOf(doc: Document): Element {
  const totals = new Map<Element, number>();
  for (const p of doc.body.querySelectorAll('p, pre')) {
    const parent = p.parentElement;
    if (parent && !p.closest(HIDDEN)) {
      totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent ?? '').length);
    }
  }
  let best: Element = doc.body;
  let most = 0;
  for (const [element, total] of totals) {
    if (total > most) [best, most] = [element, total];
  }
  return best;
}

/** A changed copy of the original and where each passage now is (null where it is gone). */
export function changed(
  from: Original,
  change: Change,
  seed: number,
): { doc: Document; expected: Map<string, Span | null> } {
  const doc = parse(from.doc.documentElement.outerHTML);
  change(doc, from.ids, seeded(seed));
  return { doc, expected: settle(doc, from.ids) };
}

/** Scores one tool on every kind of change over the given pages. */
export async function fidelity(
  tool: Tool,
  pages: readonly SamplePage[],
  count: number,
): Promise<Map<string, Tally>> {
  const table = new Map(CHANGES.map((c) => [c.name, emptyTally()]));
  for (const [p, page] of pages.entries()) {
    const from = original(page.html, count, p + 1);
    const saved = from.ids.map((id) => tool.describe(from.doc.body, passageRange(from.doc, id)));
    for (const [c, { name, change, survives }] of CHANGES.entries()) {
      const after = changed(from, change, 1000 * p + c);
      const ranges = await tool.anchorAll(after.doc.body, saved);
      const tally = table.get(name)!;
      from.ids.forEach((id, i) => {
        const expected = after.expected.get(id) ?? null;
        if (!survives && expected) return;
        tally[outcomeOf(expected, spanOf(after.doc, ranges[i] ?? null))]++;
      });
      await release(after.doc);
    }
    await release(from.doc);
  }
  table.set('vi-news v1→v2', await viNewsFidelity(tool));
  return table;
}

/**
 * The natural change: highlights made in the vi-news v1 article, re-anchored on v2. Where a
 * passage should land in v2 is where its text, widened by its surroundings until it is unique,
 * occurs in v2's normalised text (v2 has the same sentences); passages for which no such
 * unique occurrence exists are left out of the score.
 */
async function viNewsFidelity(tool: Tool): Promise<Tally> {
  const tally = emptyTally();
  const { before, after } = viNews();
  for (let seed = 1; seed <= 6; seed++) {
    const doc = parse(before);
    const ids = placePassages(doc, 25, seeded(seed), doc.querySelector('article')!);
    const saved = ids.map((id) => tool.describe(doc.body, passageRange(doc, id)));
    const spans = settle(doc, ids);
    const text1 = readText(doc.body).text;
    const next = parse(after);
    const text2 = readText(next.body).text;
    const ranges = await tool.anchorAll(next.body, saved);
    ids.forEach((id, i) => {
      const span = spans.get(id);
      if (!span) return;
      for (let widen = 0; widen <= 200; widen += 10) {
        const from = Math.max(0, span.start - widen);
        const probe = text1.slice(from, span.end + widen);
        const at = text2.indexOf(probe);
        if (at < 0) return;
        if (text2.indexOf(probe, at + 1) >= 0) continue;
        const start = at + span.start - from;
        const expected = { start, end: start + span.end - span.start };
        tally[outcomeOf(expected, spanOf(next, ranges[i] ?? null))]++;
        return;
      }
    });
    await Promise.all([release(doc), release(next)]);
  }
  return tally;
}

/** The table, one row per kind of change, counts and shares of each outcome. */
export function formatTable(title: string, table: Map<string, Tally>): string {
  const pct = (n: number, total: number) => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;
  const rows = [...table].map(([name, t]) => {
    const total = OUTCOMES.reduce((n, o) => n + t[o], 0);
    return `${name.padEnd(16)} ${String(total).padStart(5)}  ${OUTCOMES.map(
      (o) => `${String(t[o]).padStart(5)} ${pct(t[o], total).padStart(6)}`,
    ).join('  ')}`;
  });
  const head = `${'change'.padEnd(16)} ${'n'.padStart(5)}  ${OUTCOMES.map((o) => o.padStart(12)).join('  ')}`;
  return [title, head, ...rows].join('\n');
}
