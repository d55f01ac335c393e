// Sample pages for tests: the shared corpus beside the repository, parsed in happy-dom.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { CitablePage } from '../lib/export/csl-item';
import { extractPage } from '../lib/extract';

const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * The shared sample pages: `../shared/pages` beside the repository (as CI clones it), or
 * `GLOSS_PAGES`, or two levels up for worktrees kept in a folder of their own.
 */
export function sharedPages(): string {
  const candidates = [
    process.env.GLOSS_PAGES,
    path.resolve(repoRoot, '../shared/pages'),
    path.resolve(repoRoot, '../../shared/pages'),
  ].filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => existsSync(path.join(dir, 'vi-news/v1.html')));
  if (!found) {
    throw new Error(
      `The shared sample pages are missing: looked in ${candidates.join(', ')}. ` +
        'Clone the shared folder beside the repository or set GLOSS_PAGES.',
    );
  }
  return found;
}

/** Parses a page as a browser would, without loading its scripts, styles or frames. */
export function parseHtml(html: string, url = 'https://example.org/article'): Document {
  const window = new Window({ url, settings: { handleDisabledFileLoadingAsSuccess: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const VI_NEWS_URL =
  'https://tin-tuc.example/nhan-quyen/nang-cao-hieu-qua-cong-tac-truyen-thong-ve-quyen-con-nguoi-a1079.html';
export const JOURNAL_URL = 'https://journal.example/article/42';

/** The page records Gloss stores for the two citation samples, first annotated in November 2026. */
export function samplePages(): { viNews: CitablePage; journal: CitablePage } {
  const viHtml = readFileSync(path.join(sharedPages(), 'vi-news/v1.html'), 'utf8');
  const journalHtml = readFileSync(
    path.join(repoRoot, 'tests/fixtures/journal-article.html'),
    'utf8',
  );
  return {
    viNews: {
      ...extractPage(parseHtml(viHtml, VI_NEWS_URL), VI_NEWS_URL),
      id: '3f0c5a52-8d0e-5f43-9c39-0a7e2f1d4b11',
      createdAt: '2026-11-20T09:00:00.000Z',
    },
    journal: {
      ...extractPage(parseHtml(journalHtml, JOURNAL_URL), JOURNAL_URL),
      id: '7b1e9c33-2a4f-5d6e-8f70-1c2d3e4f5a6b',
      createdAt: '2026-11-21T09:00:00.000Z',
    },
  };
}
