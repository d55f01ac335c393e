// A local HTTP server for test pages: fixed paths whose content a test can swap, so that the
// "same URL" can serve a page before and after it changed.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  origin: string;
  /** Serves `html` at `path` from now on. */
  set(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const html = pages.get(path);
    response.writeHead(html === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, html) => pages.set(path, html),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const readPage = (file: string) => readFileSync(file, 'utf8');
