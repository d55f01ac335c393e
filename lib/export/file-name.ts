// File names that every system accepts, whatever the title's language.
import { withoutDiacritics } from '../text';

/**
 * A safe file name from any title: no diacritics, none of the characters Windows, macOS or
 * Android refuse, no leading dots, at most `max` characters; `fallback` when nothing is left.
 */
export function safeFileName(title: string, fallback: string, max = 80): string {
  const name = withoutDiacritics(title)
    .replace(/[\p{C}\\/:*?"<>|#^[\]{}%~&$!@`'=+;,]/gu, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, max)
    .trim();
  return name || fallback;
}

/** Names made unique in order of appearance: "Title", "Title (2)", ... */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/**
 * The name of an exported file: "gloss", what it holds, the day, e.g.
 * `gloss-tag-nhan-quyen-2026-11-26.json`. `subject` may be empty (everything) or any title.
 */
export function exportFileName(subject: string, now: string, extension: string): string {
  const words = safeFileName(subject, '').replace(/ /g, '-');
  return `${['gloss', words, now.slice(0, 10)].filter(Boolean).join('-')}.${extension}`;
}
