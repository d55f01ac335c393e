// Sample pages for tests: the shared corpus beside the repository, parsed in happy-dom.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * The shared sample pages: `../shared/pages` beside the repository (as CI clones it), or
 * `GLOSS_SHARED_PAGES`, or two levels up for worktrees kept in a folder of their own.
 */
export function sharedPages(): string {
  const candidates = [
    process.env.GLOSS_SHARED_PAGES,
    path.resolve(repoRoot, '../shared/pages'),
    path.resolve(repoRoot, '../../shared/pages'),
  ].filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => existsSync(path.join(dir, 'vi-news/v1.html')));
  if (!found) {
    throw new Error(
      `The shared sample pages are missing: looked in ${candidates.join(', ')}. ` +
        'Clone the shared folder beside the repository or set GLOSS_SHARED_PAGES.',
    );
  }
  return found;
}

/** Parses a page as a browser would, without loading its scripts, styles or frames. */
export function parseHtml(html: string, url = 'https://example.org/article'): Document {
  const window = new Window({ url, settings: { handleDisabledFileLoadingAsSuccess: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
