// Finding a quote in normalised page text: pure string work, no DOM.

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
 * How much of a context agrees with the text beside a candidate, from 0 to 1: one minus the
 * edit distance between the context and the text, aligned at the candidate's edge (the far end
 * is free, so text added or removed far from the passage costs nothing), over its length.
 * `outward` is -1 for a prefix (read leftwards from `at`) and +1 for a suffix.
 */
export function agreement(text: string, at: number, context: string, outward: 1 | -1): number {
  const m = context.length;
  // Characters of context and text that agree outright, from the edge outwards.
  let same = 0;
  if (outward < 0) {
    while (same < m && at - same > 0 && text[at - same - 1] === context[m - same - 1]) same++;
  } else {
    while (same < m && at + same < text.length && text[at + same] === context[same]) same++;
  }
  if (same === m) return 1;
  // Edit distance of the rest, on a window a little longer than the context.
  const rest = m - same;
  const from = outward < 0 ? at - same : at + same;
  const n = Math.min(rest + (rest >> 1) + 2, outward < 0 ? from : text.length - from);
  const ctx = (i: number) =>
    outward < 0 ? context.charCodeAt(rest - 1 - i) : context.charCodeAt(m - rest + i);
  const txt = (j: number) =>
    outward < 0 ? text.charCodeAt(from - 1 - j) : text.charCodeAt(from + j);
  let row = new Uint16Array(n + 1);
  let next = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= rest; i++) {
    next[0] = i;
    const c = ctx(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = row[j - 1]! + (txt(j - 1) === c ? 0 : 1);
      next[j] = Math.min(sub, row[j]! + 1, next[j - 1]! + 1);
    }
    [row, next] = [next, row];
  }
  let best = rest;
  for (let j = 0; j <= n; j++) best = Math.min(best, row[j]!);
  return 1 - best / m;
}

/** A place the quote might be, with how well the quote and each side of its context agree. */
interface Candidate {
  start: number;
  end: number;
  /** 1 for the exact quote; one minus errors over length for a fuzzy match. */
  quote: number;
  /** Agreement of the context on both sides, weighted by their lengths; 1 without context. */
  context: number;
  /** Agreement of the better side: a passage whose neighbours both changed is not trusted. */
  side: number;
}

/**
 * An exact quote needs one side of its context to agree this well: the quote's own words may
 * occur anywhere ("the", a name), so it is the context that says this occurrence is the one.
 * Contexts of unrelated English or Vietnamese text agree 0.3–0.55 by chance; an edit of a few
 * words next to the passage, or a paragraph inserted right before it, still leaves one side at
 * 0.85 or more. Lower lets deleted passages land on look-alikes; higher orphans edited ones.
 */
const SIDE_MIN = 0.75;

function evaluate(text: string, q: Quote, start: number, end: number, quote: number): Candidate {
  const p = q.prefix.length ? agreement(text, start, q.prefix, -1) : -1;
  const s = q.suffix.length ? agreement(text, end, q.suffix, 1) : -1;
  const weight = Math.max(0, p >= 0 ? q.prefix.length : 0) + (s >= 0 ? q.suffix.length : 0);
  const context =
    weight === 0
      ? 1
      : ((p >= 0 ? p * q.prefix.length : 0) + (s >= 0 ? s * q.suffix.length : 0)) / weight;
  return { start, end, quote, context, side: weight === 0 ? 1 : Math.max(p, s) };
}

function score(c: Candidate): number {
  return c.quote + c.context;
}

/** Every exact occurrence of the quote, evaluated. */
function exactCandidates(text: string, q: Quote): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(q.exact); at >= 0; at = text.indexOf(q.exact, at + 1)) {
    found.push(evaluate(text, q, at, at + q.exact.length, 1));
  }
  return found;
}

/** The best acceptable candidate; ties go to the one nearest where the quote was. */
function choose(candidates: Candidate[], q: Quote): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.side < SIDE_MIN) continue;
    if (!best) {
      best = c;
      continue;
    }
    const delta = score(c) - score(best);
    if (delta > 1e-9) best = c;
    else if (delta > -1e-9 && q.start !== undefined) {
      if (Math.abs(c.start - q.start) < Math.abs(best.start - q.start)) best = c;
    }
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
  const best = choose(exactCandidates(text, q), q);
  if (!best) return null;
  return { start: best.start, end: best.end, changed: best.quote < 1 };
}
