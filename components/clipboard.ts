// The clipboard edge: rich text where the browser allows it, plain text otherwise.

/** Writes `text/plain` and `text/html`; falls back to plain text where HTML is refused. */
export async function writeClipboard({
  text,
  html,
}: {
  text: string;
  html: string;
}): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse ClipboardItem or text/html here; plain text still helps.
    }
  }
  await navigator.clipboard.writeText(text);
}
