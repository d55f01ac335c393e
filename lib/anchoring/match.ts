// Finding a quote in normalised page text: pure string work, no DOM.
import search from 'approx-string-match';
import { distance } from 'fastest-levenshtein';
import { PageIndex, SEED_LENGTH } from './page-index';

/** A quote to find, in normalised text (see `normalizeText`), with where it was when made. */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Its start in the page text when it was made: a hint, the page may have changed since. */
  start?: number;
  /** Where it now probably starts: its stored start, moved as its neighbours in a batch moved. */
  expected?: number;
}

/** A stretch of the text, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Where a quote was found; `changed` when the text there differs from the quote. */
export interface Found extends Span {
  changed: boolean;
}

/**
 * What an edit in the context costs, in agreeing characters. Unrelated text is about half edits,
 * so it never builds up agreement; code and tables of contents, where neighbours look alike,
 * build up some at two, little at three; a word changed beside the passage costs 15–20 of 64.
 */
const EDIT_COST = 3;

/** How far an alignment of context and text may drift (net insertions or deletions). */
const BAND = 16;

/**
 * Buffers of `agreement`, kept between calls: it runs thousands of times in a batch, and
 * allocating them each time cost more than the alignment itself.
 */
let rows = new Int32Array(2 * 128);
let texts = new Int32Array(128);

/**
 * The agreements last measured of one context, read leftwards and rightwards, by position: the
 * candidates for a quote share edges (an edge as found and as snapped, an exact occurrence
 * found again fuzzily), a fifth of the calls in a batch.
 */
const memos = [-1, 1].map(() => ({ text: '', context: '', values: new Map<number, number>() }));

/**
 * How many characters of a context agree with the text beside a candidate, reading outwards from
 * the candidate's edge: the best `i - EDIT_COST × edits` over the context's first `i` characters.
 * Text that agrees right next to the passage counts; an edit costs EDIT_COST agreeing characters;
 * what lies beyond a changed stretch (an ad inserted, a paragraph removed) no longer counts
 * against it.
 * `outward` is -1 for a prefix (read leftwards from `at`) and +1 for a suffix.
 */
export function agreement(text: string, at: number, context: string, outward: 1 | -1): number {
  const memo = memos[(outward + 1) >> 1]!;
  if (memo.text !== text || memo.context !== context) {
    memo.text = text;
    memo.context = context;
    memo.values.clear();
  }
  const value = memo.values.get(at) ?? measured(text, at, context, outward);
  memo.values.set(at, value);
  return value;
}

/** `agreement`, measured. */
function measured(text: string, at: number, context: string, outward: 1 | -1): number {
  const m = context.length;
  const same = sameRun(text, at, context, outward);
  if (same === m) return m;
  // The rest of the context and a window of text a little longer, both read outwards.
  const rest = m - same;
  const from = outward < 0 ? at - same : at + same;
  const n = Math.min(rest + BAND, outward < 0 ? from : text.length - from);
  const width = n + 2;
  if (rows.length < 2 * width) rows = new Int32Array(4 * width);
  if (texts.length < n) texts = new Int32Array(2 * n);
  const txt = texts;
  for (let j = 0; j < n; j++) {
    txt[j] = outward < 0 ? text.charCodeAt(from - 1 - j) : text.charCodeAt(from + j);
  }
  // Edit distance of each start of the context to the text, within a band around the diagonal:
  // alignments that drift further cost more than they could ever agree. The two rows are the
  // two halves of one buffer, `row` and `next` their offsets.
  const FAR = 0xffff;
  const d = rows.fill(FAR, 0, 2 * width);
  for (let j = 0; j <= Math.min(n, BAND); j++) d[j] = j;
  let row = 0;
  let next = width;
  let best = 0;
  for (let i = 1; i <= rest; i++) {
    const lo = Math.max(1, i - BAND);
    const hi = Math.min(n, i + BAND);
    const c = outward < 0 ? context.charCodeAt(rest - i) : context.charCodeAt(same + i - 1);
    let left = lo === 1 ? i : FAR;
    d[next + lo - 1] = left;
    let diagonal = d[row + lo - 1]!;
    let least = left;
    for (let j = lo; j <= hi; j++) {
      const up = d[row + j]!;
      let value = diagonal + (txt[j - 1] === c ? 0 : 1);
      if (up + 1 < value) value = up + 1;
      if (left + 1 < value) value = left + 1;
      d[next + j] = value;
      if (value < least) least = value;
      left = value;
      diagonal = up;
    }
    d[next + hi + 1] = FAR;
    if (i - EDIT_COST * least > best) best = i - EDIT_COST * least;
    // The least edit distance never falls as the context grows: stop when nothing can beat best.
    if (rest - EDIT_COST * least <= best) break;
    [row, next] = [next, row];
  }
  return same + best;
}

/** Characters of a context that agree outright with the text, outwards from `at`. */
function sameRun(text: string, at: number, context: string, outward: 1 | -1): number {
  const m = context.length;
  let same = 0;
  if (outward < 0) {
    while (
      same < m &&
      at - same > 0 &&
      text.charCodeAt(at - same - 1) === context.charCodeAt(m - same - 1)
    )
      same++;
  } else {
    while (
      same < m &&
      at + same < text.length &&
      text.charCodeAt(at + same) === context.charCodeAt(same)
    )
      same++;
  }
  return same;
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
  /** Both sides together. */
  context: number;
  /** Whether the text right next to both edges is still the stored context (see INTACT_RUN). */
  intact: boolean;
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
 * Context that moved away: an ad or a paragraph inserted between the passage and its neighbour,
 * or inside the neighbour's text. A side's context found resuming within DISPLACED_WINDOW past
 * the edge still counts. Farther reaches a neighbouring unit's context in lists and threads.
 */
const DISPLACED_WINDOW = 600;
/**
 * The text skipped to reach displaced context must not hold the quote with up to this share of
 * edits: that is the passage itself, edited past what the seeds found, and the candidate is a
 * copy before it (a pull-quote). Random words of an inserted paragraph rarely come this close.
 */
const SKIPPED_ERROR_RATE = 0.35;
/**
 * Displaced context counts only for a candidate with this much context still right at one of
 * its edges: a copy of the passage between unrelated blocks (a pull-quote) has none, and could
 * otherwise borrow the passage's own context from past the paragraph inserted after it.
 */
const ADJACENT_MIN = 12;
/**
 * Or, with nothing agreeing at either edge (ads inserted before and after the passage), when
 * each side's context resumes over this many characters: a pull-quote copy finds it resuming on
 * one side only, as the text skipped may not hold the passage. The passage between two ads
 * resumed 40–64 a side (31 with its suffix edited too); a look-alike in a header of shuffled
 * sentences, 22 and 25. Lower lets such look-alikes borrow the passage's context.
 */
const RESUMED_BOTH = 32;

/**
 * The text right next to each edge must still be the stored context over this many characters
 * for an edited passage to count as bracketed (see `acceptable`): a word edited beside the
 * passage leaves a space and a letter or two; where the passage's words were deleted with
 * their neighbours' ("as of 1.8 used"), a look-alike's edges agree over nothing.
 */
const INTACT_RUN = 3;

/** Whether the text right next to an edge is still the stored context (see INTACT_RUN). */
function edge(text: string, at: number, context: string, outward: 1 | -1): boolean {
  return sameRun(text, at, context, outward) >= Math.min(INTACT_RUN, context.length);
}

function evaluate(text: string, q: Quote, start: number, end: number, errors: number): Candidate {
  let before = q.prefix ? agreement(text, start, q.prefix, -1) : 0;
  let after = q.suffix ? agreement(text, end, q.suffix, 1) : 0;
  const intact = edge(text, start, q.prefix, -1) && edge(text, end, q.suffix, 1);
  // A short context that agrees up to the edge of the text says as much as a long one: the
  // passage still opens (or closes) the page, if what follows (or precedes) it agrees too.
  const first = before === start;
  const last = end + after === text.length;
  if (first && before === q.prefix.length && (last || after >= SNAP_RUN)) {
    before = Math.max(before, EVIDENCE_MIN);
  }
  if (last && after === q.suffix.length && (first || before >= SNAP_RUN)) {
    after = Math.max(after, EVIDENCE_MIN);
  }
  return { start, end, errors, before, after, context: before + after, intact };
}

/**
 * Agreeing characters minus EDIT_COST per edit, over the quote and its context, and PLACE_BONUS
 * for starting right where its neighbours in the batch say. In a list of references each entry
 * reads like the next; where the passage and the text around it were both edited, the entry
 * beside it may agree a little more, but it is not where the passage's neighbours are.
 */
const PLACE_BONUS = 4 * EDIT_COST;
/** "Right where": within a word edited between the passage and its neighbour. */
const PLACE_SLACK = 8;

function score(c: Candidate, q: Quote): number {
  const placed = q.expected !== undefined && Math.abs(c.start - q.expected) <= PLACE_SLACK;
  return q.exact.length - EDIT_COST * c.errors + c.context + (placed ? PLACE_BONUS : 0);
}

/**
 * A short quote says little by itself ("]", "2014"): together, the quote and its agreeing
 * context must reach this many characters, so a one-letter quote needs twice the context a
 * sentence does. Measured on code listings, tables of contents and page headers of RFCs.
 */
const EVIDENCE_MIN = 40;

/**
 * And at least this share of the stored context must agree: in repeated structures (page
 * headers of an RFC, citation lists, "Reply · Like · 6 hours ago" under every comment) a
 * look-alike agrees over a few words of its neighbours, where the passage keeps most of one
 * side even when the other side was replaced. At 0.3 a deleted comment's footer landed on
 * another comment's (42 of 128 characters agreeing); at 0.4 edited passages are lost.
 */
const CONTEXT_SHARE = 0.35;

/** The context a candidate needs, or all there is when less was stored. */
function contextNeeded(q: Quote): number {
  const stored = q.prefix.length + q.suffix.length;
  const needed = Math.max(CONTEXT_MIN, EVIDENCE_MIN - q.exact.length, CONTEXT_SHARE * stored);
  return Math.min(needed, stored);
}

/**
 * Where a passage was deleted, its neighbours now meet: the end of its prefix followed by the
 * start of its suffix. Finding them together, with as much of the context agreeing around them
 * as a place needs, means the passage is gone, whatever look-alike the rest of the page holds
 * (repeated code, table-of-contents lines, page headers), unless the passage is found with more
 * of its context (a summary elsewhere that skips it). In repeated text ("] ... ] ... ]") such a
 * seam also occurs where nothing was deleted, so the sides grow until the seam is not found in
 * the stored text itself; and a seam elsewhere (a pull-quote of the next passage after the
 * heading, a similar request in an RFC) agrees with little of the context beyond it.
 */
const SEAM_SIDE = 12;

/** How much of the context agrees around the best seam where the neighbours meet; 0 if none. */
function seamAgreement(index: PageIndex, q: Quote): number {
  const stored = `${q.prefix}${q.exact}${q.suffix}`;
  const prefix = q.prefix.trimEnd();
  const suffix = q.suffix.trimStart();
  for (let side = SEAM_SIDE; ; side *= 2) {
    const before = q.prefix.slice(-side).trimEnd();
    const after = q.suffix.slice(0, side).trimStart();
    if (before.length < SEAM_SIDE - 1 || after.length < SEAM_SIDE - 1) return 0;
    const seams = [`${before} ${after}`, before + after].filter((seam) => !stored.includes(seam));
    if (seams.length > 0) {
      let best = 0;
      for (const seam of seams) {
        for (const at of index.occurrences(seam)) {
          const agree =
            agreement(index.text, at + before.length, prefix, -1) +
            agreement(index.text, at + seam.length - after.length, suffix, 1);
          best = Math.max(best, agree);
        }
      }
      return best;
    }
    if (side >= q.prefix.length && side >= q.suffix.length) return 0;
  }
}

/**
 * Context found displaced, in characters beyond what agrees at the candidate's edges: where a
 * side's context resumes within DISPLACED_WINDOW past the edge, after an inserted ad or paragraph.
 */
function displaced(index: PageIndex, q: Quote, c: Candidate, others: Candidate[]): number {
  const adjacent = Math.max(c.before, c.after) >= ADJACENT_MIN;
  // Not past another place the quote may be: beyond a pull-quote lie the passage and its context.
  let from = c.start - DISPLACED_WINDOW;
  let to = c.end + DISPLACED_WINDOW;
  for (const o of others) {
    if (o.end <= c.start) from = Math.max(from, o.end);
    if (o.start >= c.end) to = Math.min(to, o.start);
  }
  const before = resumed(index, q, c.start, from, -1, c.before);
  if (!adjacent && before < RESUMED_BOTH) return 0;
  const after = resumed(index, q, c.end, to, 1, c.after);
  if (!adjacent && after < RESUMED_BOTH) return 0;
  return Math.max(0, before - c.before) + Math.max(0, after - c.after);
}

/**
 * How much of the prefix (outward -1) or suffix agrees when it resumes past `at`, up to `limit`,
 * found by one of its pieces: all of it from there, or its first characters still at the edge
 * (`near` of them agree there) and the rest past a block inserted inside it.
 */
function resumed(
  index: PageIndex,
  q: Quote,
  at: number,
  limit: number,
  outward: 1 | -1,
  near: number,
): number {
  const text = index.text;
  const [context, other] = outward < 0 ? [q.prefix, q.suffix] : [q.suffix, q.prefix];
  const m = context.length;
  const otherPieces = pieces(other);
  const errors = Math.floor(q.exact.length * SKIPPED_ERROR_RATE);
  let best = 0;
  for (let k = 0; k + SEED_LENGTH <= m; k += SEED_LENGTH) {
    // A piece found more than once nearby (a repeated heading) says nothing of where.
    const hits =
      outward < 0
        ? index.find(context.slice(m - k - SEED_LENGTH, m - k), limit, at - SEED_LENGTH - k + 1)
        : index.find(context.slice(k, k + SEED_LENGTH), at + k, limit + 1);
    if (hits.length !== 1) continue;
    const piece = outward < 0 ? hits[0]! + SEED_LENGTH : hits[0]!;
    const whole = piece - outward * k;
    const ways = [{ edge: whole, agree: agreement(text, whole, context, outward) }];
    // Split only where the first part agrees over a piece's length: a word or two in common by
    // chance at the edge would let any look-alike borrow the far context.
    if (k > 0 && near >= SEED_LENGTH) {
      const rest = outward < 0 ? context.slice(0, m - k) : context.slice(k);
      ways.push({ edge: piece, agree: Math.min(near, k) + agreement(text, piece, rest, outward) });
    }
    for (const { edge, agree } of ways) {
      if (agree <= best) continue;
      // What lies between must not read as the passage itself (its edited copy, unfound), nor
      // hold the other side's context: then the passage was there, not at the candidate.
      const skipped = outward < 0 ? text.slice(edge, at) : text.slice(at, edge);
      if (otherPieces.some((p) => skipped.includes(p))) continue;
      if (fewestEdits(skipped, q.exact, errors) === undefined) best = agree;
    }
  }
  return best;
}

/** The pieces of SEED_LENGTH characters a string is made of, end to end. */
function pieces(value: string): string[] {
  const out: string[] = [];
  for (let at = 0; at + SEED_LENGTH <= value.length; at += SEED_LENGTH) {
    out.push(value.slice(at, at + SEED_LENGTH));
  }
  return out;
}

/**
 * Occurrences of a quote beyond this many (a word, a date in a list of citations) are weighed
 * only by the context that agrees outright, and the best of them by the edit distance of their
 * context: a passage edited right at both edges and repeated this often becomes an orphan.
 * Weighing 12 instead cost a third of a batch's context measurements, on short quotes that
 * recur, and changed no outcome of the fidelity suite (10 to 50 per page).
 */
const OCCURRENCES_WEIGHED = 3;

/**
 * The exact occurrences of the quote, evaluated. When some occurrence has its whole context,
 * only those are returned: nothing can beat them.
 */
function exactCandidates(
  text: string,
  q: Quote,
  occurrences: readonly number[],
): { found: Candidate[]; sure: boolean } {
  const m = q.exact.length;
  const runs: { at: number; run: number }[] = [];
  const whole: Candidate[] = [];
  for (const at of occurrences) {
    const before = sameRun(text, at, q.prefix, -1);
    const after = sameRun(text, at + m, q.suffix, 1);
    if (before === q.prefix.length && after === q.suffix.length) {
      whole.push({
        start: at,
        end: at + m,
        errors: 0,
        before,
        after,
        context: before + after,
        intact: true,
      });
    }
    runs.push({ at, run: before + after });
  }
  if (whole.length > 0) return { found: whole, sure: true };
  if (runs.length > OCCURRENCES_WEIGHED) {
    runs.sort((a, b) => b.run - a.run);
    runs.length = OCCURRENCES_WEIGHED;
  }
  const found = runs.map(({ at }) => evaluate(text, q, at, at + m, 0));
  return { found, sure: false };
}

/**
 * A fuzzy match may differ from the quote in up to this share of its characters (edits,
 * insertions, deletions): a typo fixed, a word changed or added. More lets rewritten sentences
 * come back but lets a look-alike sentence pass as the passage, and costs time on long quotes.
 */
export const MAX_ERROR_RATE = 0.2;

/**
 * A passage with a whole side's worth of context agreeing (PLACED_CONTEXT characters, both
 * sides together) may have changed more: a word replaced in a three-word quote ("used" →
 * "market" in "people used the") is a third of it. A look-alike elsewhere rarely has that much
 * context; where it does (repeated comments, reference lists) the rivals rule still applies.
 */
const PLACED_CONTEXT = 64;
const PLACED_ERROR_RATE = 0.35;

/** A passage whose neighbours both agree may have changed more (see `acceptable`). */
const EDITED_ERROR_RATE = 0.5;

/** A piece found more often than this says nothing about where the passage is ("of the "). */
const SEED_HITS_MAX = 8;
/**
 * Windows searched with edit distance, those most seeds point to first: the passage, edited a
 * little, keeps most of its pieces; a look-alike shares one or two.
 */
const WINDOWS_MAX = 2;
/** Pieces of the quote used as seeds: an edit breaks at most one or two of them. */
const QUOTE_SEEDS = 8;
/** Pieces of each side's context used as seeds, from the passage's edge outwards. */
const CONTEXT_SEEDS = 3;
/**
 * Two places scoring within two edits of each other are ambiguous, unless both are exact with
 * the same context: neither is trusted. Less lets an intact look-alike win over the edited
 * passage beside it ("tập huấn" repeated in the next paragraph); more orphans edited passages
 * that have a look-alike elsewhere.
 */
const AMBIGUITY = 2 * EDIT_COST;

/**
 * Fuzzy matches of the quote near where its seeds, found in `[from, to)`, say it may be.
 * Searching only these windows keeps a batch fast (the whole page is never scanned with edit
 * distance) and keeps the search away from far-off look-alikes that no piece of the passage or
 * its context points to. `occurrences` are the quote's exact ones, ascending.
 */
function fuzzyCandidates(
  index: PageIndex,
  q: Quote,
  occurrences: readonly number[],
  seen: Searched,
  from: number,
  to: number,
  expected?: number,
  between?: Span,
): Candidate[] {
  const text = index.text;
  const m = q.exact.length;
  const maxErrors = Math.floor(m * EDITED_ERROR_RATE);
  if (maxErrors === 0) return [];
  const starts: number[] = [];
  const seed = (piece: string, shift: number) => {
    if (piece.length < SEED_LENGTH) return [];
    const hits = index.find(piece, from, to);
    if (hits.length > SEED_HITS_MAX) return [];
    for (const at of hits) starts.push(at - shift);
    return hits;
  };
  const pieces = Math.min(QUOTE_SEEDS, Math.floor(m / SEED_LENGTH));
  for (let i = 0; i < pieces; i++) {
    const at = pieces === 1 ? 0 : Math.round((i * (m - SEED_LENGTH)) / (pieces - 1));
    seed(q.exact.slice(at, at + SEED_LENGTH), at);
  }
  const heads = seed(q.prefix.slice(-SEED_LENGTH), -SEED_LENGTH);
  const tails = seed(q.suffix.slice(0, SEED_LENGTH), m);
  // Farther pieces of the context too: an edit right beside the passage breaks the nearest.
  for (let k = 1; k < CONTEXT_SEEDS; k++) {
    seed(q.prefix.slice(-(k + 1) * SEED_LENGTH, -k * SEED_LENGTH), -(k + 1) * SEED_LENGTH);
    seed(q.suffix.slice(k * SEED_LENGTH, (k + 1) * SEED_LENGTH), m + k * SEED_LENGTH);
  }
  starts.sort((a, b) => a - b);

  // Windows of nearby seeds merge, so each stretch of text is searched once; the windows most
  // seeds point to are searched first, and only the first few.
  const pad = maxErrors + SEED_LENGTH;
  const windows: { from: number; to: number; votes: number }[] = [];
  let i = 0;
  while (i < starts.length) {
    const from = Math.max(0, starts[i]! - pad);
    let to = Math.min(text.length, starts[i]! + m + pad);
    let votes = 1;
    while (++i < starts.length && starts[i]! - pad <= to) {
      to = Math.min(text.length, starts[i]! + m + pad);
      votes++;
    }
    if (to - from >= m - maxErrors) windows.push({ from, to, votes });
  }
  // The prefix's end and the suffix's start found apart by an ad or a paragraph inserted on
  // one side: the passage is between them, and both vote for that stretch.
  for (const head of heads) {
    for (const tail of tails) {
      const gap = tail - head - SEED_LENGTH - m;
      if (gap > maxErrors && gap <= DISPLACED_WINDOW) {
        windows.push({ from: head, to: Math.min(text.length, tail + SEED_LENGTH), votes: 2 });
      }
    }
  }
  // Of windows with as many votes, the nearest where the batch expects the passage first.
  const away = (w: { from: number }) => (expected === undefined ? 0 : Math.abs(w.from - expected));
  const expects = (w: { from: number; to: number }) =>
    expected !== undefined && w.from <= expected && expected < w.to;
  windows.sort((a, b) => b.votes - a.votes || away(a) - away(b));
  const searched = windows.slice(0, WINDOWS_MAX);
  // Where the batch says the passage is (its neighbours moved by as much) is searched too,
  // whatever the seeds say: every seed may have been edited away with the passage's edges.
  if (expected !== undefined && !searched.some(expects)) {
    const near = windows.find(expects);
    searched.push(
      near ?? {
        from: Math.max(0, expected - pad),
        to: Math.min(text.length, expected + m + pad),
        votes: 0,
      },
    );
  }
  // Between the neighbours in the batch that were found, where the passage must be if it is
  // still there, the whole stretch is searched (when short enough to be worth it).
  if (between && between.end - between.start <= BETWEEN_MAX) {
    searched.push({
      from: Math.max(0, between.start - pad),
      to: Math.min(text.length, between.end + pad),
      votes: 0,
    });
  }
  const found: Candidate[] = [];
  const needed = contextNeeded(q);
  for (const window of searched) {
    const key = `${window.from}:${window.to}`;
    const known = seen.get(key);
    if (known) {
      found.push(...known);
      continue;
    }
    // Once a place with the context was found, a window that two pieces or fewer point to is
    // where a common phrase of the passage recurs; unless the batch expects the passage there,
    // its pieces broken by edits while a look-alike elsewhere keeps them all.
    const aside = window.votes <= 2 && !expects(window);
    if (aside && found.some((c) => acceptable(c, q, needed, text))) continue;
    const first = found.length;
    for (const match of matchesIn(text, q.exact, maxErrors, window, occurrences)) {
      // The edit distance puts an edge anywhere it costs the same ("In court my case" matched
      // as "rt my case"), so each edge is also tried where the context agrees outright, and the
      // text between is measured again. Both are scored: a word inserted right beside the
      // passage costs the same inside as outside, and the tie keeps it outside.
      const reach = maxErrors + 2;
      const starts = new Set([
        match.start,
        snap(text, match.start, q.prefix, -1, reach),
        ownWord(text, match.start, q.exact, -1, reach),
      ]);
      const ends = new Set([
        match.end,
        snap(text, match.end, q.suffix, 1, reach),
        ownWord(text, match.end, q.exact, 1, reach),
      ]);
      for (const s of starts) {
        for (const e of ends) {
          let start = s;
          let end = e;
          while (start < end && text.charCodeAt(start) === 32) start++;
          while (end > start && text.charCodeAt(end - 1) === 32) end--;
          if (end <= start) continue;
          const moved = start !== match.start || end !== match.end;
          const errors = moved ? distance(q.exact, text.slice(start, end)) : match.errors;
          found.push(evaluate(text, q, start, end, errors));
        }
      }
    }
    seen.set(key, found.slice(first));
  }
  return found;
}

/**
 * The candidates found in each window searched for one quote, by `from:to`. A batch looks for
 * a passage not found near where it was again over the whole text, then again between its
 * neighbours: the same windows come up each time.
 */
export type Searched = Map<string, Candidate[]>;

/**
 * Fuzzy matches of `pattern` in `text[from, to)`, the best of the window and, beside exact
 * occurrences, of what lies before and after them; offsets in `text`. `occurrences` are the
 * pattern's exact ones, ascending: where the window holds some, they are its best matches, and
 * the edit distance search would only find them again.
 *
 * The edit distance search gives only the best matches of a stretch: an exact look-alike hides
 * the edited passage beside it. So the stretches before and after exact occurrences are searched
 * too, when they are as long as the quote with all the edits it may have. A shorter stretch
 * is mostly the window's margin: searching stretches down to the quote's length less
 * MAX_ERROR_RATE made a third of a batch's searches (most finding nothing) and found or lost no
 * highlight of the fidelity suite (10 to 50 per page). Searching beside a fuzzy best match too
 * made a quarter of a batch's searches (238 of 938 on the largest page after the combined
 * change), found something 25 times, and changed no highlight at 10 to 50 per page but one
 * orphan, which became correct.
 */
function matchesIn(
  text: string,
  pattern: string,
  maxErrors: number,
  window: { from: number; to: number },
  occurrences: readonly number[],
): { start: number; end: number; errors: number }[] {
  const { from, to } = window;
  const m = pattern.length;
  const exact = occurrences.filter((at) => at >= from && at + m <= to);
  if (exact.length === 0) return bestMatches(text, pattern, maxErrors, from, to);
  const out = exact.map((at) => ({ start: at, end: at + m, errors: 0 }));
  for (const [start, end] of [
    [from, exact[0]!],
    [exact.at(-1)! + m, to],
  ] as const) {
    if (end - start >= m + maxErrors)
      out.push(...bestMatches(text, pattern, maxErrors, start, end));
  }
  return out;
}

/** The best fuzzy matches of `pattern` in `text[from, to)`, offsets in `text`. */
function bestMatches(text: string, pattern: string, maxErrors: number, from: number, to: number) {
  // Most text searched lacks too many of the pattern's characters to be worth searching.
  if (lacking(pattern, text, from, to, maxErrors) > maxErrors) return [];
  return search(text.slice(from, to), pattern, maxErrors).map((match) => ({
    start: from + match.start,
    end: from + match.end,
    errors: match.errors,
  }));
}

/** The fewest edits of `pattern` anywhere in `text`, if no more than `maxErrors`. */
function fewestEdits(text: string, pattern: string, maxErrors: number): number | undefined {
  return bestMatches(text, pattern, maxErrors, 0, text.length)[0]?.errors;
}

/** Counts of code units for `lacking`, kept between calls and left all zero. */
const counts = new Int32Array(0x10000);

/**
 * How many of the pattern's characters `text[from, to)` lacks, counted until no more than
 * `enough`: a match anywhere in it has at least as many edits, one per character not there.
 */
function lacking(pattern: string, text: string, from: number, to: number, enough: number): number {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    counts[c] = counts[c]! + 1;
  }
  let missing = pattern.length;
  for (let i = from; i < to && missing > enough; i++) {
    const c = text.charCodeAt(i);
    if (counts[c]! > 0) {
      counts[c] = counts[c]! - 1;
      missing--;
    }
  }
  for (let i = 0; i < pattern.length; i++) counts[pattern.charCodeAt(i)] = 0;
  return missing;
}

/** Characters of context that must agree outright for `snap` to move an edge. */
const SNAP_RUN = 8;

/** What words are made of: beside a word's edge there is none. */
const LETTER = /[\p{L}\p{N}]/u;

/** The quote's first word with the space after it (-1), or its last with the space before (+1). */
function edgeWord(exact: string, outward: 1 | -1): string {
  return outward < 0
    ? exact.slice(0, exact.indexOf(' ') + 1 || exact.length)
    : exact.slice(Math.max(0, exact.lastIndexOf(' ')));
}

/** Whether a candidate opens with the quote's first word and closes with its last. */
function ownEdges(c: Candidate, q: Quote, text: string): boolean {
  return (
    text.startsWith(edgeWord(q.exact, -1), c.start) && text.endsWith(edgeWord(q.exact, 1), c.end)
  );
}

/**
 * Where the quote's own first word (outward -1) or last word (+1) stands whole within `reach`
 * of `at`, nearest first; `at` when nowhere. A word inserted after the first word of a passage
 * ("of đề the object") makes the edit distance start the match at the new word, as if the
 * first word had been replaced; a word replaced by a shorter one lets it take a letter of the
 * context ("s so tế and law"). The passage still opens with its first word.
 */
function ownWord(text: string, at: number, exact: string, outward: 1 | -1, reach: number): number {
  if (!exact.includes(' ')) return at;
  const word = edgeWord(exact, outward);
  for (let d = 1; d <= reach; d++) {
    for (const place of [at + outward * d, at - outward * d]) {
      const from = outward < 0 ? place : place - word.length;
      if (from < 0 || !text.startsWith(word, from)) continue;
      const beyond = outward < 0 ? text[place - 1] : text[place];
      if (beyond === undefined || !LETTER.test(beyond)) return place;
    }
  }
  return at;
}

/** The position within `reach` of `at` where the most context agrees outright. */
function snap(text: string, at: number, context: string, outward: 1 | -1, reach: number): number {
  let best = at;
  let most = Math.max(SNAP_RUN - 1, sameRun(text, at, context, outward));
  for (let d = -reach; d <= reach; d++) {
    const run = sameRun(text, at + d, context, outward);
    if (run > most) [best, most] = [at + d, run];
  }
  return best;
}

/**
 * A passage edited more than MAX_ERROR_RATE allows ("for" → "data" in a three-word quote) is
 * still the passage when both its neighbours are intact: unchanged right at its edges, at least
 * BRACKET_SIDE characters agreeing on each side, and no more than EDITED_ERROR_RATE of it
 * changed. (Agreement alone would let "8." land on "1." where the words between were deleted.)
 * Such a passage is also looked for directly between its neighbours, when its own words are too
 * few to seed.
 */
const BRACKET_SIDE = 24;

function bracketCandidates(index: PageIndex, q: Quote): Candidate[] {
  const text = index.text;
  const m = q.exact.length;
  if (q.prefix.length < BRACKET_SIDE || q.suffix.length < BRACKET_SIDE) return [];
  const head = q.prefix.slice(-SEED_LENGTH);
  const tail = q.suffix.slice(0, SEED_LENGTH);
  const found: Candidate[] = [];
  if (head.length < SEED_LENGTH || tail.length < SEED_LENGTH) return [];
  const heads = index.find(head);
  for (const at of heads.length > SEED_HITS_MAX ? [] : heads) {
    const start = at + head.length;
    const end = index.find(tail, start + (m >> 1), start + 2 * m + 2)[0];
    if (end === undefined || end - start > 4096) continue;
    found.push(evaluate(text, q, start, end, distance(q.exact, text.slice(start, end))));
  }
  return found;
}

/**
 * Runs of one repeated mark (dot leaders of a table of contents, rules of dashes) say nothing
 * about which line a fuzzy match is: an edited passage is measured without them. Digits are not
 * marks: "6666" edited to "66x6" is a changed phone number, not a changed rule.
 */
const LEADERS = /([^\p{L}\p{N}])\1{2,}/gu;

/**
 * Whether a candidate has its neighbours on both sides, yet not right at its edges: a word
 * inserted after the passage's first word may have moved the match's edge inside it ("th one
 * of" for "be health one of"), and the passage is to be looked for between them.
 */
function edgeMoved(c: Candidate): boolean {
  return !c.intact && c.before >= BRACKET_SIDE && c.after >= BRACKET_SIDE;
}

/** Whether a candidate may be painted at all: enough context for how much its text changed. */
function acceptable(c: Candidate, q: Quote, needed: number, text: string): boolean {
  if (c.context < needed) return false;
  let m = Math.max(q.exact.length, c.end - c.start);
  let errors = c.errors;
  if (errors > 0 && LEADERS.test(q.exact)) {
    const quote = q.exact.replace(LEADERS, '$1');
    const here = text.slice(c.start, c.end).replace(LEADERS, '$1');
    m = Math.max(quote.length, here.length);
    errors = distance(quote, here);
  }
  LEADERS.lastIndex = 0;
  if (errors <= MAX_ERROR_RATE * m) return true;
  if (errors <= PLACED_ERROR_RATE * m && c.context >= PLACED_CONTEXT) return true;
  return (
    errors <= EDITED_ERROR_RATE * m &&
    c.intact &&
    c.before >= BRACKET_SIDE &&
    c.after >= BRACKET_SIDE
  );
}

/**
 * The best candidate by its own context; or else, where no place has enough context of its
 * own for its edits (not merely two too close to call), counting context found displaced.
 */
function choose(candidates: Candidate[], q: Quote, index: PageIndex): Candidate | null {
  const needed = contextNeeded(q);
  const best = chooseAmong(candidates, q, index.text);
  if (best || candidates.some((c) => acceptable(c, q, needed, index.text))) return best;
  return chooseAmong(
    candidates.map((c) => ({ ...c, context: c.context + displaced(index, q, c, candidates) })),
    q,
    index.text,
  );
}

/**
 * The best acceptable candidate. Exact occurrences that tie (repeated text with the same
 * context) go to the one nearest where the quote was; otherwise a runner-up elsewhere within
 * AMBIGUITY of the best means neither is trusted. Of overlapping candidates that score the
 * same, the one with fewer edits wins: an inserted word at the edge stays outside.
 */
function chooseAmong(candidates: Candidate[], q: Quote, text: string): Candidate | null {
  const needed = contextNeeded(q);
  // Rivals have the context but may have changed too much to be painted themselves: an edited
  // passage still says that an intact look-alike beside it is not surely the one.
  const rivals = candidates
    .filter((c) => c.context >= needed)
    .map((c) => ({ c, score: score(c, q), ok: acceptable(c, q, needed, text) }))
    .sort((a, b) => b.score - a.score || a.c.errors - b.c.errors);
  const top = rivals.find((r) => r.ok);
  if (!top) return null;
  const away = (c: Candidate) => (q.start === undefined ? 0 : Math.abs(c.start - q.start));
  let best = top.c;
  for (const { c, score, ok } of rivals) {
    if (c === top.c || !disjoint(c, top.c)) continue;
    if (ok && top.c.errors === 0 && c.errors > 0 && facing(top.c, c)) return null;
    if (top.score - score >= AMBIGUITY) continue;
    if (!ok || score !== top.score || c.errors > 0 || top.c.errors > 0) return null;
    if (away(c) < away(best)) best = c;
  }
  // Between the same neighbours, the passage is what opens and closes with its own first and
  // last words: a match that agrees as well with the context but not on them gave an edge word
  // up to a word inserted beside it, as if it had been replaced ("tế como" for "así tế como").
  // Else a word inserted right beside the passage costs as much inside the match (as edits) as
  // outside it (as context not agreeing): a match within the best, scoring as high, that opens
  // and closes with the quote's own words is the passage, though its context alone is short.
  if (ownEdges(best, q, text)) return best;
  const own = rivals.find(
    ({ c, ok }) =>
      ok &&
      !disjoint(c, best) &&
      c.before >= best.before &&
      c.after >= best.after &&
      ownEdges(c, q, text),
  );
  const least = score(best, q);
  const inner = candidates.find(
    (c) =>
      c.start >= best.start && c.end <= best.end && score(c, q) >= least && ownEdges(c, q, text),
  );
  return own?.c ?? inner ?? best;
}

/** Whether two spans share no character. */
function disjoint(a: Span, b: Span): boolean {
  return a.end <= b.start || a.start >= b.end;
}

/**
 * Whether two places each keep one side of the context and nothing of the other, opposite
 * sides. An intact copy right after the prefix's text (a pull-quote after the heading the
 * passage follows) and an edited place before the suffix (the passage, a paragraph inserted
 * before it) each have half the evidence: neither is trusted, though the copy scores higher.
 */
function facing(a: Candidate, b: Candidate): boolean {
  const only = (x: Candidate, side: 'before' | 'after') =>
    x[side] >= ADJACENT_MIN && x[side === 'before' ? 'after' : 'before'] < ADJACENT_MIN;
  return (only(a, 'before') && only(b, 'after')) || (only(a, 'after') && only(b, 'before'));
}

/**
 * The longest stretch between two found neighbours searched whole for a passage: the edit
 * distance search costs time in proportion, and a long stretch holds more look-alikes.
 */
const BETWEEN_MAX = 8000;

/**
 * Seeds are looked for this far around where the passage is expected first, and in the whole
 * text only when nothing acceptable is found there: a batch stays fast on long pages.
 */
const NEAR = 2000;

/**
 * Finds a quote in normalised page text, or `null` when it is not there. `expected` is where
 * the passage probably starts now (its stored position, moved as its neighbours in the batch
 * moved); `between`, where it must be if its neighbours in the batch were found; `seen`, what
 * an earlier look for the same quote in the same text searched.
 */
export function matchQuote(
  index: PageIndex,
  q: Quote,
  expected = q.start,
  between?: Span,
  seen: Searched = new Map(),
): Found | null {
  const text = index.text;
  if (!q.exact) return null;
  q = { ...q, expected };
  // The cheapest path: the quote is where it was, or where its neighbours moved, intact.
  for (const at of [expected, q.start]) {
    if (
      at !== undefined &&
      text.startsWith(q.exact, at) &&
      text.endsWith(q.prefix, at) &&
      text.startsWith(q.suffix, at + q.exact.length)
    ) {
      return { start: at, end: at + q.exact.length, changed: false };
    }
  }
  const occurrences = index.occurrences(q.exact);
  const { found: exact, sure } = exactCandidates(text, q, occurrences);
  if (sure) return found(text, q, choose(exact, q, index));
  // A fuzzy or bracketed match never wins over the exact quote it overlaps: the extra text at
  // its edges is a neighbour (a pull-quote, an inserted word), not part of the passage. Only the
  // exact quotes a match overlaps are asked whether they are trusted: weighing their displaced
  // context costs as much as a search.
  const needed = contextNeeded(q);
  const trusted = new Map<Candidate, boolean>();
  const trusts = (c: Candidate) => {
    const known = trusted.get(c);
    if (known !== undefined) return known;
    const value = c.context >= needed || c.context + displaced(index, q, c, exact) >= needed;
    trusted.set(c, value);
    return value;
  };
  const apart = (f: Candidate) =>
    exact.every((c) => c.end <= f.start || c.start >= f.end || !trusts(c));
  const fuzzyIn = (from: number, to: number, near?: number, within?: Span) =>
    fuzzyCandidates(index, q, occurrences, seen, from, to, near, within).filter(apart);
  let fuzzy: Candidate[] = [];
  if (expected !== undefined) {
    const to = Math.min(text.length, expected + q.exact.length + NEAR);
    fuzzy = fuzzyIn(Math.max(0, expected - NEAR), to, expected);
  }
  if (!chooseAmong([...exact, ...fuzzy], q, text)) fuzzy = fuzzyIn(0, text.length, expected);
  if (between && !chooseAmong([...exact, ...fuzzy], q, text)) {
    fuzzy = fuzzy.concat(fuzzyIn(between.start, between.end, undefined, between));
  }
  // Between intact neighbours only when nothing else would do, even with context displaced
  // (the stretch between them may hold an inserted ad beside the passage), or when what was
  // found has its neighbours on both sides but not right at its edges (see `edgeMoved`).
  let best = choose([...exact, ...fuzzy], q, index);
  if (!best || edgeMoved(best)) {
    const bracketed = bracketCandidates(index, q).filter(apart);
    // The same candidates choose the same: only new ones are worth choosing among again.
    if (bracketed.length > 0) best = choose([...exact, ...fuzzy, ...bracketed], q, index);
  }
  // Where the neighbours meet (the passage deleted), a candidate must agree with more of them.
  if (best && seamAgreement(index, q) >= Math.max(needed, best.context)) return null;
  return best && !deletedHere(text, q, best) ? found(text, q, best) : null;
}

/**
 * A short quote in repeated text ("] ..." in a listing, a date in a list of dates) may have
 * been deleted while a look-alike beside it keeps nearly all its context: the neighbours meet
 * there too, a unit over. The text around the candidate then reads as the context without the
 * quote (all but SEAM_FIT of it), and better than with it. Where the context was replaced on
 * one side (a paragraph inserted) neither reading fits. Longer quotes are never taken for a
 * neighbour this way.
 */
const SHORT_QUOTE = 2 * SEAM_SIDE;
const SEAM_FIT = 0.125;

function deletedHere(text: string, q: Quote, c: Candidate): boolean {
  if (q.exact.length >= SHORT_QUOTE || (!q.prefix && !q.suffix)) return false;
  const slack = SEAM_SIDE;
  const around = text.slice(
    Math.max(0, c.start - q.prefix.length - slack),
    c.end + q.suffix.length + slack,
  );
  const joined = q.prefix.endsWith(' ') ? q.suffix.trimStart() : q.suffix;
  const gone = q.prefix + joined;
  // Only whether a reading fits within so many edits matters: each search allows no more
  // (the search reports only the fewest edits found, and costs more the more it allows).
  const without = fewestEdits(around, gone, Math.floor(gone.length * SEAM_FIT));
  return (
    without !== undefined &&
    fewestEdits(around, q.prefix + q.exact + q.suffix, without) === undefined
  );
}

function found(text: string, q: Quote, best: Candidate | null): Found | null {
  if (!best) return null;
  return {
    start: best.start,
    end: best.end,
    changed: text.slice(best.start, best.end) !== q.exact,
  };
}
