// Text as Gloss stores it from a page: NFC, whitespace collapsed, clamped, never empty.

/** NFC, single spaces, at most `max` UTF-16 units (never half a surrogate pair); undefined if blank. */
export function cleanText(raw: unknown, max: number): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Clamp before normalising too, so a hostile 50 MB attribute costs no more than a long one.
  const text = raw
    .slice(0, max * 4)
    .normalize('NFC')
    .replace(/[\s\u200b\ufeff]+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length <= max
    ? text
    : text
        .slice(0, max)
        .replace(/[\ud800-\udbff]$/, '')
        .trimEnd();
}
