// Finding a quote in normalised page text: pure string work, no DOM.
import search from 'approx-string-match';

/** A quote to find, in normalised text (see `normalizeText`), with where it was when made. */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Its start in the page text when it was made: a hint, the page may have changed since. */
  start?: number;
}

/** Where a quote was found; `changed` when the text there differs from the quote. */
export interface Found {
  start: number;
  end: number;
  changed: boolean;
}

/**
 * What an edit in the context costs, in agreeing characters. Unrelated text is about half edits,
 * so it never builds up agreement; code and tables of contents, where neighbours look alike,
 * build up some at two, little at three; a word changed beside the passage costs 15–20 of 64.
 */
const EDIT_COST = 3;

/**
 * How many characters of a context agree with the text beside a candidate, reading outwards from
 * the candidate's edge: the best `i - EDIT_COST × edits` over the context's first `i` characters. Text
 * that agrees right next to the passage counts; an edit costs EDIT_COST agreeing characters; what lies
 * beyond a changed stretch (an ad inserted, a paragraph removed) no longer counts against it.
 * `outward` is -1 for a prefix (read leftwards from `at`) and +1 for a suffix.
 */
export function agreement(text: string, at: number, context: string, outward: 1 | -1): number {
  const m = context.length;
  // Characters that agree outright from the edge: most contexts end here, with no edit distance.
  let same = 0;
  if (outward < 0) {
    while (same < m && at - same > 0 && text[at - same - 1] === context[m - same - 1]) same++;
  } else {
    while (same < m && at + same < text.length && text[at + same] === context[same]) same++;
  }
  if (same === m) return m;
  // Edit distance of each start of the rest of the context against the text beyond `same`.
  const rest = m - same;
  const from = outward < 0 ? at - same : at + same;
  const n = Math.min(rest + (rest >> 1) + 2, outward < 0 ? from : text.length - from);
  const ctx = (i: number) =>
    outward < 0 ? context.charCodeAt(rest - 1 - i) : context.charCodeAt(same + i);
  const txt = (j: number) =>
    outward < 0 ? text.charCodeAt(from - 1 - j) : text.charCodeAt(from + j);
  let row = new Uint16Array(n + 1);
  let next = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) row[j] = j;
  let best = 0;
  for (let i = 1; i <= rest; i++) {
    next[0] = i;
    const c = ctx(i - 1);
    let least = i;
    for (let j = 1; j <= n; j++) {
      const value = Math.min(
        row[j - 1]! + (txt(j - 1) === c ? 0 : 1),
        row[j]! + 1,
        next[j - 1]! + 1,
      );
      next[j] = value;
      if (value < least) least = value;
    }
    best = Math.max(best, i - EDIT_COST * least);
    // The least edit distance never falls as the context grows: stop when nothing can beat best.
    if (rest - EDIT_COST * least <= best) break;
    [row, next] = [next, row];
  }
  return same + best;
}

/** A place the quote might be: how far its text differs, how much context agrees. */
interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and the text here: 0 for an exact occurrence. */
  errors: number;
  /** Characters of the prefix and of the suffix agreeing (see `agreement`). */
  before: number;
  after: number;
  /** Both sides together, with displaced context (see `displaced`). */
  context: number;
}

/**
 * How many characters of context (both sides together) must agree before a candidate may be
 * painted, when that much context was stored. The quote's own words may occur anywhere ("the",
 * a name), so it is the context that says this occurrence is the passage. Unrelated text agrees
 * by chance over a few characters (". ", " the "), rarely ten; an edit right next to the passage
 * or a paragraph inserted on one side still leaves dozens. Lower lets deleted passages land on
 * look-alikes; higher orphans passages whose neighbours both changed.
 */
const CONTEXT_MIN = 16;

/**
 * Context that moved away: an ad or a paragraph inserted between the passage and its neighbour.
 * The edge-most characters of a side found within this distance still count, at half weight
 * (both sides must be found), for an exact quote long and unique enough that a look-alike
 * nearby is not plausible.
 */
const DISPLACED_PROBE = 16;
const DISPLACED_WINDOW = 600;
const DISPLACED_QUOTE_MIN = 24;

function evaluate(text: string, q: Quote, start: number, end: number, errors: number): Candidate {
  let before = q.prefix ? agreement(text, start, q.prefix, -1) : 0;
  let after = q.suffix ? agreement(text, end, q.suffix, 1) : 0;
  // A short context that agrees up to the edge of the text says as much as a long one: the
  // passage still opens (or closes) the page.
  if (before === q.prefix.length && before === start) before = Math.max(before, EVIDENCE_MIN);
  if (after === q.suffix.length && end + after === text.length)
    after = Math.max(after, EVIDENCE_MIN);
  return { start, end, errors, before, after, context: before + after };
}

/** Agreeing characters minus EDIT_COST per edit, over the quote and its context. */
function score(c: Candidate, q: Quote): number {
  return q.exact.length - EDIT_COST * c.errors + c.context;
}

/**
 * A short quote says little by itself ("]", "2014"): together, the quote and its agreeing
 * context must reach this many characters, so a one-letter quote needs twice the context a
 * sentence does. Measured on code listings, tables of contents and page headers of RFCs.
 */
const EVIDENCE_MIN = 40;

/**
 * And at least this share of the stored context must agree: in repeated structures (page
 * headers of an RFC, citation lists) a look-alike agrees over a few words of its neighbours,
 * where the passage keeps most of one side even when the other side was replaced.
 */
const CONTEXT_SHARE = 0.25;

/** The context a candidate needs, or all there is when less was stored. */
function contextNeeded(q: Quote): number {
  const stored = q.prefix.length + q.suffix.length;
  const needed = Math.max(CONTEXT_MIN, EVIDENCE_MIN - q.exact.length, CONTEXT_SHARE * stored);
  return Math.min(needed, stored);
}

/**
 * Where a passage was deleted, its neighbours now meet: the end of its prefix followed by the
 * start of its suffix. Finding them together means the passage is gone, whatever look-alike
 * the rest of the page holds (repeated code, table-of-contents lines, page headers).
 */
const SEAM_SIDE = 12;

function deleted(text: string, q: Quote): boolean {
  const before = q.prefix.slice(-SEAM_SIDE).trimEnd();
  const after = q.suffix.slice(0, SEAM_SIDE).trimStart();
  if (before.length < SEAM_SIDE - 1 || after.length < SEAM_SIDE - 1) return false;
  return text.includes(`${before} ${after}`) || text.includes(before + after);
}

/** Context found displaced beside the only exact occurrence of a long quote, in characters. */
function displaced(text: string, q: Quote, c: Candidate): number {
  let found = 0;
  const before = q.prefix.slice(-DISPLACED_PROBE);
  if (before.length === DISPLACED_PROBE) {
    const at = text.lastIndexOf(before, c.start - before.length);
    if (at >= 0 && c.start - at <= DISPLACED_WINDOW) found += DISPLACED_PROBE / 2;
  }
  const after = q.suffix.slice(0, DISPLACED_PROBE);
  if (after.length === DISPLACED_PROBE) {
    const at = text.indexOf(after, c.end);
    if (at >= 0 && at - c.end <= DISPLACED_WINDOW) found += DISPLACED_PROBE / 2;
  }
  return found;
}

/** Every exact occurrence of the quote, evaluated. */
function exactCandidates(text: string, q: Quote): Candidate[] {
  const found: Candidate[] = [];
  const needed = contextNeeded(q);
  for (let at = text.indexOf(q.exact); at >= 0; at = text.indexOf(q.exact, at + 1)) {
    const c = evaluate(text, q, at, at + q.exact.length, 0);
    found.push(c);
  }
  const only = found.length === 1 ? found[0]! : null;
  if (only && only.context < needed && q.exact.length >= DISPLACED_QUOTE_MIN) {
    only.context += displaced(text, q, only);
  }
  return found;
}

/**
 * A fuzzy match may differ from the quote in up to this share of its characters (edits,
 * insertions, deletions): a typo fixed, a word changed or added. More lets rewritten sentences
 * come back but lets a look-alike sentence pass as the passage, and costs time on long quotes.
 */
const MAX_ERROR_RATE = 0.2;

/** A passage whose neighbours both agree may have changed more (see `acceptable`). */
const EDITED_ERROR_RATE = 0.5;

/** Seeds: exact pieces of the quote and of its context that say where a fuzzy match may be. */
const SEED_LENGTH = 12;
/** A piece found more often than this says nothing about where the passage is ("of the "). */
const SEED_HITS_MAX = 16;
/** Pieces of the quote used as seeds: an edit breaks at most one or two of them. */
const QUOTE_SEEDS = 8;
/** Two fuzzy matches scoring within this many characters are ambiguous: neither is trusted. */
const AMBIGUITY = 4;

/**
 * Fuzzy matches of the quote near where its seeds say it may be. Searching only these windows
 * keeps a batch fast (the whole page is never scanned with edit distance) and keeps the search
 * away from far-off look-alikes that no piece of the passage or its context points to.
 */
function fuzzyCandidates(text: string, q: Quote): Candidate[] {
  const m = q.exact.length;
  const maxErrors = Math.floor(m * EDITED_ERROR_RATE);
  if (maxErrors === 0) return [];
  const starts: number[] = [];
  const seed = (piece: string, shift: number) => {
    if (piece.length < SEED_LENGTH) return;
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      if (hits.push(at - shift) > SEED_HITS_MAX) return;
    }
    starts.push(...hits);
  };
  const pieces = Math.min(QUOTE_SEEDS, Math.floor(m / SEED_LENGTH));
  for (let i = 0; i < pieces; i++) {
    const at = pieces === 1 ? 0 : Math.round((i * (m - SEED_LENGTH)) / (pieces - 1));
    seed(q.exact.slice(at, at + SEED_LENGTH), at);
  }
  seed(q.prefix.slice(-SEED_LENGTH), -SEED_LENGTH);
  seed(q.suffix.slice(0, SEED_LENGTH), m);
  starts.sort((a, b) => a - b);

  const found: Candidate[] = [];
  const pad = maxErrors + SEED_LENGTH;
  let i = 0;
  while (i < starts.length) {
    // Windows of nearby seeds merge, so each stretch of text is searched once.
    const from = Math.max(0, starts[i]! - pad);
    let to = Math.min(text.length, starts[i]! + m + pad);
    while (++i < starts.length && starts[i]! - pad <= to) {
      to = Math.min(text.length, starts[i]! + m + pad);
    }
    if (to - from < m - maxErrors) continue;
    for (const match of search(text.slice(from, to), q.exact, maxErrors)) {
      let start = from + match.start;
      let end = from + match.end;
      while (start < end && text.charCodeAt(start) === 32) start++;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      if (end > start) found.push(evaluate(text, q, start, end, match.errors));
    }
  }
  return found;
}

/** Edit distance between two strings; `Infinity` when too large to compute cheaply. */
function distance(a: string, b: string): number {
  if (a.length * b.length > 4_000_000) return Infinity;
  let row = new Uint32Array(b.length + 1).map((_, j) => j);
  let next = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j - 1]! + (b.charCodeAt(j - 1) === c ? 0 : 1),
        row[j]! + 1,
        next[j - 1]! + 1,
      );
    }
    [row, next] = [next, row];
  }
  return row[b.length]!;
}

/**
 * A passage edited more than MAX_ERROR_RATE allows ("for" → "data" in a three-word quote) is
 * still the passage when both its neighbours are intact: at least BRACKET_SIDE characters
 * agreeing on each side, and no more than EDITED_ERROR_RATE of it changed. Such a passage is
 * also looked for directly between its neighbours, when its own words are too few to seed.
 */
const BRACKET_SIDE = 24;

function bracketCandidates(text: string, q: Quote): Candidate[] {
  const m = q.exact.length;
  if (q.prefix.length < BRACKET_SIDE || q.suffix.length < BRACKET_SIDE) return [];
  const head = q.prefix.slice(-SEED_LENGTH);
  const tail = q.suffix.slice(0, SEED_LENGTH);
  const found: Candidate[] = [];
  let hits = 0;
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    if (++hits > SEED_HITS_MAX) break;
    const start = at + head.length;
    const end = text.indexOf(tail, start + (m >> 1));
    if (end < 0 || end > start + 2 * m + 1 || end - start > 4096) continue;
    found.push(evaluate(text, q, start, end, distance(q.exact, text.slice(start, end))));
  }
  return found;
}

/** Whether a candidate may be painted at all: enough context for how much its text changed. */
function acceptable(c: Candidate, q: Quote, needed: number): boolean {
  if (c.context < needed) return false;
  const m = Math.max(q.exact.length, c.end - c.start);
  if (c.errors <= MAX_ERROR_RATE * m) return true;
  return c.errors <= EDITED_ERROR_RATE * m && c.before >= BRACKET_SIDE && c.after >= BRACKET_SIDE;
}

/**
 * The best acceptable candidate. Exact occurrences that tie (repeated text with the same
 * context) go to the one nearest where the quote was; otherwise a runner-up elsewhere within
 * AMBIGUITY of the best means neither is trusted. Of overlapping candidates that score the
 * same, the one with fewer edits wins: an inserted word at the edge stays outside.
 */
function choose(candidates: Candidate[], q: Quote): Candidate | null {
  const needed = contextNeeded(q);
  const ranked = candidates
    .filter((c) => acceptable(c, q, needed))
    .map((c) => ({ c, score: score(c, q) }))
    .sort((a, b) => b.score - a.score || a.c.errors - b.c.errors);
  const top = ranked[0];
  if (!top) return null;
  const apart = (a: Candidate, b: Candidate) => a.end <= b.start || a.start >= b.end;
  const distance = (c: Candidate) => (q.start === undefined ? 0 : Math.abs(c.start - q.start));
  let best = top.c;
  for (const { c, score } of ranked.slice(1)) {
    if (top.score - score >= AMBIGUITY) break;
    if (!apart(c, top.c)) continue;
    if (score !== top.score || c.errors > 0 || top.c.errors > 0) return null;
    if (distance(c) < distance(best)) best = c;
  }
  return best;
}

/** Finds a quote in normalised page text, or `null` when it is not there. */
export function matchQuote(text: string, q: Quote): Found | null {
  if (!q.exact) return null;
  // The cheapest path: the quote is where it was, with its context intact.
  if (
    q.start !== undefined &&
    text.startsWith(q.exact, q.start) &&
    text.endsWith(q.prefix, q.start) &&
    text.startsWith(q.suffix, q.start + q.exact.length)
  ) {
    return { start: q.start, end: q.start + q.exact.length, changed: false };
  }
  const exact = exactCandidates(text, q);
  // An exact occurrence whose context agrees on both sides cannot be beaten by a fuzzy one.
  const full = q.prefix.length + q.suffix.length;
  const sure = exact.some((c) => c.context >= full);
  if (!sure && deleted(text, q)) return null;
  // A fuzzy or bracketed match never wins over the exact quote it overlaps: the extra text at
  // its edges is a neighbour (a pull-quote, an inserted word), not part of the passage.
  const needed = contextNeeded(q);
  const trusted = exact.filter((c) => c.context >= needed);
  const fuzzy = sure
    ? []
    : [...fuzzyCandidates(text, q), ...bracketCandidates(text, q)].filter((f) =>
        trusted.every((c) => c.end <= f.start || c.start >= f.end),
      );
  const best = choose([...exact, ...fuzzy], q);
  if (!best) return null;
  return {
    start: best.start,
    end: best.end,
    changed: text.slice(best.start, best.end) !== q.exact,
  };
}
