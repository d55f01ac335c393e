import type { ToContent } from '../model/messages';
import { openAnnotation, type Tabs } from './open';

const id = '3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
const noWait = { attempts: 5, delayMs: 0, sleep: () => Promise.resolve() };

function fakeTabs(answers: (() => unknown)[]) {
  const sent: ToContent[] = [];
  const opened: string[] = [];
  const tabs: Tabs = {
    create: async ({ url }) => {
      opened.push(url);
      return { id: 7 };
    },
    sendMessage: async (tabId, message) => {
      expect(tabId).toBe(7);
      sent.push(message);
      return (answers.shift() ?? (() => true))();
    },
  };
  return { tabs, sent, opened };
}

describe('openAnnotation', () => {
  it('retries until the content script is there and has anchored the annotation', async () => {
    const notLoaded = () => {
      throw new Error('Receiving end does not exist.');
    };
    const { tabs, sent, opened } = fakeTabs([notLoaded, notLoaded, () => false, () => true]);
    expect(await openAnnotation(tabs, 'https://example.org/a', id, noWait)).toBe(true);
    expect(opened).toEqual(['https://example.org/a']);
    expect(sent).toHaveLength(4);
    expect(sent[0]).toEqual({ type: 'annotation.scrollTo', id });
  });

  it('gives up after the given number of attempts', async () => {
    const { tabs, sent } = fakeTabs(Array.from({ length: 10 }, () => () => false));
    expect(await openAnnotation(tabs, 'https://example.org/a', id, noWait)).toBe(false);
    expect(sent).toHaveLength(5);
  });

  it('only opens the page when no annotation is asked for', async () => {
    const { tabs, sent } = fakeTabs([]);
    expect(await openAnnotation(tabs, 'https://example.org/a', undefined, noWait)).toBe(true);
    expect(sent).toHaveLength(0);
  });
});
