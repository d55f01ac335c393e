// Anchoring: a passage of the page as W3C selectors, and back. Selectors are relative to the
// page's visible, normalised text (see text.ts), so that what a reader cannot see never matters.
import {
  LIMITS,
  type AnchorState,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../model';
import { matchQuote, type Quote } from './match';
import { normalizeText, offsetsOf, rangeOf, readText, type PageText } from './text';

export { normalizeText } from './text';

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
function quoteOfSelectors(selectors: readonly Selector[]): Quote | null {
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

function anchorIn(page: PageText, selectors: readonly Selector[]): AnchorResult {
  const quote = quoteOfSelectors(selectors);
  const found = quote && matchQuote(page.text, quote);
  if (!found) return { range: null, state: 'orphan' };
  return {
    range: rangeOf(page, found.start, found.end),
    state: found.changed ? 'changed' : 'anchored',
  };
}

/** Re-attaches one annotation's selectors inside `root`; `null` when the passage is gone. */
export function anchor(root: Element, selectors: readonly Selector[]): Range | null {
  return anchorIn(readText(root), selectors).range;
}

/** Re-attaches many annotations at once, reading the page text once for the whole batch. */
export function anchorAll(
  root: Element,
  items: readonly { id: string; selectors: readonly Selector[] }[],
): Map<string, AnchorResult> {
  const page = readText(root);
  return new Map(items.map((item) => [item.id, anchorIn(page, item.selectors)]));
}

export { createReanchorScheduler, type ReanchorScheduler, type ReanchorOptions } from './scheduler';
