/** Text safe to place in HTML: a visited page's metadata or quote never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A quotation as students paste it: the quote with its in-text citation, then the reference. */
export function quoteBlock(
  quote: string,
  citation: { text: string; html: string },
  reference: { text: string; html: string },
): { text: string; html: string } {
  const text = quote.normalize('NFC').trim();
  return {
    text: `“${text}” ${citation.text}\n\n${reference.text}`,
    html: `<p>“${escapeHtml(text)}” ${citation.html}</p>\n${reference.html}`,
  };
}
