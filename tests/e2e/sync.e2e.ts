// The sync file as a reader uses it: export everything, lose the database, import the file,
// and find the highlights, notes and tags back on the page, in Chromium and Firefox.
import { describe, expect, it } from 'vitest';
import { waitFor, type BrowserName } from './browsers';
import {
  captureDownloads,
  chooseFile,
  clearDatabase,
  clickButton,
  downloads,
  painted,
  tabIdOf,
  highlight,
} from './page';
import { useSession } from './session';
import { viNews, TUYEN_GIAO as SENTENCE } from './vi-news';

const v1 = viNews('v1');

describe.each<BrowserName>(['chromium', 'firefox'])('sync file in %s', (name) => {
  const session = useSession(name, { '/bai-viet.html': v1 });

  it('exports, survives an empty database, and imports the highlights back', async () => {
    await session.tab.goto(session.url('/bai-viet.html'));
    await highlight(session.tab, SENTENCE, 'purple');

    const tabId = await tabIdOf(session.browser, session.url('/bai-viet.html'));
    const sidebar = await session.browser.openExtensionPage(
      `sidepanel.html?tabId=${tabId}`,
      '.sync-panel',
    );
    await captureDownloads(sidebar);
    await clickButton(sidebar, 'Export sync file');
    const [file] = await waitFor('the exported file', async () => {
      const files = await downloads(sidebar);
      return files.length > 0 ? files : null;
    });
    expect(file!.name).toMatch(/^gloss-.*\.json$/);
    const exported = JSON.parse(file!.text) as {
      format: string;
      annotations: { colour: string }[];
    };
    expect(exported.format).toBe('gloss-sync');
    expect(exported.annotations.map((a) => a.colour)).toEqual(['purple']);

    await clearDatabase(sidebar);
    await session.tab.goto(session.url('/bai-viet.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect((await painted(session.tab))['gloss-purple'] ?? []).toEqual([]);

    await chooseFile(sidebar, '.sync-panel input[type="file"]', file!.name, file!.text);
    await waitFor('the import preview', () =>
      sidebar.evaluate(() => document.body.textContent?.includes('New: 2') ?? false, null),
    );
    await clickButton(sidebar, 'Import');
    await waitFor('the import to finish', () =>
      sidebar.evaluate(() => document.body.textContent?.includes('was imported') ?? false, null),
    );

    await session.tab.goto(session.url('/bai-viet.html'));
    await waitFor(
      'the imported highlight',
      async () => (await painted(session.tab))['gloss-purple']?.length === 1,
    );
    expect((await painted(session.tab))['gloss-purple']).toEqual([SENTENCE]);
  });

  it('refuses a corrupt file with a clear message and changes nothing', async () => {
    const tabId = await tabIdOf(session.browser, session.url('/bai-viet.html'));
    const sidebar = await session.browser.openExtensionPage(
      `sidepanel.html?tabId=${tabId}`,
      '.sync-panel',
    );
    await chooseFile(
      sidebar,
      '.sync-panel input[type="file"]',
      'broken.json',
      '{"format": "gloss-sync", "version": 1, "pages": 7',
    );
    const alert = await waitFor('the error', () =>
      sidebar.evaluate(
        () => document.querySelector('.sync-panel [role="alert"]')?.textContent ?? null,
        null,
      ),
    );
    expect(alert).toContain('broken.json cannot be imported. Nothing was changed.');
    await session.tab.goto(session.url('/bai-viet.html'));
    await waitFor(
      'the highlight',
      async () => (await painted(session.tab))['gloss-purple']?.length === 1,
    );
  });
});
