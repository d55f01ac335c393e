/** Puts text and its HTML form on the clipboard, so that rich editors keep the formatting. */
export async function writeClipboard(content: { text: string; html: string }): Promise<void> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([content.text], { type: 'text/plain' }),
        'text/html': new Blob([content.html], { type: 'text/html' }),
      }),
    ]);
  } catch {
    // Pages served over plain http have no Clipboard API: a copy event carries both forms.
    const onCopy = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', content.text);
      event.clipboardData?.setData('text/html', content.html);
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy, { once: true });
    const copied = document.execCommand('copy');
    document.removeEventListener('copy', onCopy);
    if (!copied) throw new Error('The browser refused to copy.');
  }
}
