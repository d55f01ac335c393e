// What every end-to-end suite starts from: a local server with its pages and a browser with
// Gloss and one tab, opened before the suite's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import {
  launch,
  type BrowserName,
  type ExtensionBrowser,
  type LaunchOptions,
  type Tab,
} from './browsers';
import { startServer, type PageServer } from './server';

export interface Session {
  server: PageServer;
  browser: ExtensionBrowser;
  tab: Tab;
  /** The address of one of the session's pages. */
  url(path: string): string;
}

/** A session for the suite it is called in; its fields are there once `beforeAll` has run. */
export function useSession(
  name: BrowserName,
  pages: Record<string, string>,
  options?: LaunchOptions,
): Session {
  const session = { url: (path: string) => `${session.server.origin}${path}` } as Session;
  beforeAll(async () => {
    session.server = await startServer();
    for (const [path, html] of Object.entries(pages)) session.server.set(path, html);
    session.browser = await launch(name, options);
    session.tab = await session.browser.newTab();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
