// Opening an annotation from the library: a new tab on its page, then a request to the page's
// content script to scroll to it, repeated until the script is there and has anchored it.
import type { ToContent } from '../model/messages';

export interface Tabs {
  create(properties: { url: string }): Promise<{ id?: number }>;
  sendMessage(tabId: number, message: ToContent): Promise<unknown>;
}

export interface Retry {
  attempts: number;
  delayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` and asks its content script to scroll to annotation `id`. The content script
 * answers `false` while the annotation is not anchored yet; no answer at all (a rejection)
 * means the script is not loaded yet. Returns whether the page confirmed.
 */
export async function openAnnotation(
  tabs: Tabs,
  url: string,
  id: string | undefined,
  { attempts, delayMs, sleep = wait }: Retry = { attempts: 20, delayMs: 500 },
): Promise<boolean> {
  const tab = await tabs.create({ url });
  if (id === undefined || tab.id === undefined) return id === undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    await sleep(delayMs);
    try {
      const answer = await tabs.sendMessage(tab.id, { type: 'annotation.scrollTo', id });
      if (answer !== false) return true;
    } catch {
      // The page is still loading: no content script to answer yet.
    }
  }
  return false;
}
