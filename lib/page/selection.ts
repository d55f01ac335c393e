// The reader's selection, read the same way by the small content script (to decide whether to
// load the rest of Gloss) and by the page's toolbar. Imports nothing, so it stays small.

/** The selected range inside the page's body, if it holds any visible text. */
export function selectedRange(document: Document): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!document.body.contains(range.commonAncestorContainer)) return null;
  return range.toString().trim() ? range : null;
}
