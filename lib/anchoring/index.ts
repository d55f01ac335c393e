// Anchoring: a passage of the page as W3C selectors, and back. Selectors are relative to the
// page's visible, normalised text (see text.ts), so that what a reader cannot see never matters.
import {
  LIMITS,
  startOf,
  type AnchorState,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../model';
import { matchQuote, type Quote, type Searched, type Span } from './match';
import { PageIndex } from './page-index';
import { normalizeText, offsetsOf, rangeOf, readText, type PageText } from './text';

/** What re-attaching one annotation found: a range, or nothing (an orphan). */
export type AnchorResult =
  { range: Range; state: Exclude<AnchorState, 'orphan'> } | { range: null; state: 'orphan' };

/**
 * The selectors of `range` inside `root`: a quote with its context and a position, both in the
 * visible text of `root`. Empty when the range holds no visible text or more than a quote may.
 */
export function describe(root: Element, range: Range): Selector[] {
  const page = readText(root);
  const offsets = offsetsOf(page, root, range);
  if (!offsets || offsets.end - offsets.start > LIMITS.quote) return [];
  const { start, end } = offsets;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: page.text.slice(start, end),
    prefix: page.text.slice(Math.max(0, start - LIMITS.context), start),
    suffix: page.text.slice(end, end + LIMITS.context),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return [quote, position];
}

/** The normalised quote of a selector list; `null` without a quote (positions cannot tell). */
export function quoteOfSelectors(selectors: readonly Selector[]): Quote | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return null;
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  return {
    exact: normalizeText(quote.exact).trim(),
    prefix: normalizeText(quote.prefix ?? ''),
    suffix: normalizeText(quote.suffix ?? ''),
    start: position?.start,
  };
}

/** Anchors one selector list in page text read before; `found` is where it now is. */
function anchorIn(
  page: PageText,
  index: PageIndex,
  selectors: readonly Selector[],
  shift = 0,
  between?: Span,
  seen?: Searched,
): { result: AnchorResult; found?: Span } {
  const quote = quoteOfSelectors(selectors);
  const expected = quote?.start === undefined ? undefined : quote.start + shift;
  const found = quote && matchQuote(index, quote, expected, between, seen);
  if (!found) return { result: { range: null, state: 'orphan' } };
  const range = rangeOf(page, found.start, found.end);
  return { result: { range, state: found.changed ? 'changed' : 'anchored' }, found };
}

/** Re-attaches one annotation's selectors inside `root`; `null` when the passage is gone. */
export function anchor(root: Element, selectors: readonly Selector[]): Range | null {
  const page = readText(root);
  return anchorIn(page, new PageIndex(page.text), selectors).result.range;
}

/**
 * Re-attaches many annotations at once, reading the page text once for the whole batch. They
 * are taken in document order, so that each is first looked for where its predecessors moved;
 * then each one not found is looked for again between the neighbours that were.
 */
export function anchorAll(
  root: Element,
  items: readonly { id: string; selectors: Selector[] }[],
): Map<string, AnchorResult> {
  const page = readText(root);
  const index = new PageIndex(page.text);
  const ordered = [...items].sort((a, b) => startOf(a) - startOf(b));
  const results: AnchorResult[] = [];
  const spans: (Span | undefined)[] = [];
  const shifts: number[] = [];
  // What was searched for each passage, kept for the second look at those not found.
  const searched: Searched[] = [];
  let shift = 0;
  for (const item of ordered) {
    const seen: Searched = new Map();
    const { result, found } = anchorIn(page, index, item.selectors, shift, undefined, seen);
    results.push(result);
    spans.push(found);
    shifts.push(shift);
    searched.push(seen);
    const start = startOf(item);
    if (found && start !== Number.MAX_SAFE_INTEGER) shift = found.start - start;
  }
  ordered.forEach((item, i) => {
    if (spans[i] || startOf(item) === Number.MAX_SAFE_INTEGER) return;
    // Only between neighbours that were both found: where they are gone too (a section
    // deleted), the stretch between the nearest found ones holds look-alikes, not the passage.
    const before = i > 0 ? spans[i - 1] : { start: 0, end: 0 };
    const after = i < spans.length - 1 ? spans[i + 1] : { start: page.text.length, end: 0 };
    if (!before || !after || after.start <= before.end) return;
    const between = { start: before.end, end: after.start };
    const { result, found } = anchorIn(
      page,
      index,
      item.selectors,
      shifts[i],
      between,
      searched[i],
    );
    results[i] = result;
    spans[i] = found;
  });
  const byId = new Map(ordered.map((item, i) => [item.id, results[i]!]));
  return new Map(items.map((item) => [item.id, byId.get(item.id)!]));
}
