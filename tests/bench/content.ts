// What the content script costs a page, in real Chromium: the page's script and task time
// (DevTools' Performance metrics, which count the content script's isolated world) with the
// built extension, against the same page without it, in one run. A page without annotations
// should pay almost nothing; a page with one pays for loading the rest of Gloss, and the
// time until its highlight is painted is shown beside it.
import { join } from 'node:path';
import { launchChromium, waitFor, type ExtensionBrowser } from '../e2e/browsers';
import { clickGlossButton, painted, selectWithMouse } from '../e2e/page';
import { readPage, startServer, type PageServer } from '../e2e/server';
import { sharedPages } from '../pages';

const LOADS = 15;
const page = readPage(join(sharedPages(), 'vi-news/v1.html'));
const SENTENCE =
  'Bộ Tư pháp tổ chức tập huấn, bồi dưỡng kỹ năng truyền thông cho báo cáo viên, tuyên truyền viên pháp luật.';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Costs {
  script: number;
  task: number;
  /** From the start of navigation until the highlight is painted; annotated pages only. */
  painted?: number;
}

async function loads(browser: ExtensionBrowser, url: string, annotated: boolean): Promise<Costs> {
  const script: number[] = [];
  const task: number[] = [];
  const paintedAt: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const tab = await browser.newTab();
    const send = await browser.cdp!(tab);
    await send('Performance.enable', { timeDomain: 'threadTicks' });
    const start = performance.now();
    // The annotation belongs to one URL; other pages get a fresh URL each load.
    await tab.goto(annotated ? url : `${url}?visit=${i}`);
    if (annotated) {
      await waitFor(
        'the highlight',
        async () => (await painted(tab))['gloss-yellow']?.length,
        10_000,
      );
      paintedAt.push(performance.now() - start);
    }
    // The content script runs at document_idle, after load: give it time to finish.
    await new Promise((r) => setTimeout(r, 1000));
    const { metrics } = (await send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    script.push(metric('ScriptDuration'));
    task.push(metric('TaskDuration'));
    await tab.close();
  }
  return {
    script: median(script),
    task: median(task),
    painted: annotated ? median(paintedAt) : undefined,
  };
}

async function measure(extension: boolean): Promise<{ plain: Costs; annotated?: Costs }> {
  const server: PageServer = await startServer();
  server.set('/article.html', page);
  server.set('/annotated.html', page);
  const browser = await launchChromium({ extension });
  try {
    const plain = await loads(browser, `${server.origin}/article.html`, false);
    if (!extension) return { plain };
    const tab = await browser.newTab();
    await tab.goto(`${server.origin}/annotated.html`);
    // tsx, which runs the benchmarks, names inner functions with a `__name` helper that
    // functions sent to the page do not carry along.
    await (
      await browser.cdp!(tab)
    )('Runtime.evaluate', { expression: 'window.__name = (f) => f' });
    await selectWithMouse(tab, SENTENCE);
    await clickGlossButton(tab, 'Highlight yellow');
    await waitFor('the new highlight', async () => (await painted(tab))['gloss-yellow']?.length);
    await tab.close();
    return { plain, annotated: await loads(browser, `${server.origin}/annotated.html`, true) };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function run(): Promise<void> {
  const withGloss = await measure(true);
  const without = await measure(false);
  const row = (name: string, m: Costs) =>
    `${name.padEnd(32)} script ${m.script.toFixed(1).padStart(6)} ms   task ${m.task.toFixed(1).padStart(6)} ms` +
    (m.painted === undefined ? '' : `   painted after ${m.painted.toFixed(0)} ms`);
  const extra = (m: Costs) =>
    `+${(m.script - without.plain.script).toFixed(1)} ms script, ` +
    `+${(m.task - without.plain.task).toFixed(1)} ms task (×${(m.task / without.plain.task).toFixed(2)})`;
  console.log(`vi-news/v1.html, median of ${LOADS} loads (Chromium)`);
  console.log(row('page without Gloss', without.plain));
  console.log(row('with Gloss, no annotations', withGloss.plain));
  if (withGloss.annotated) console.log(row('with Gloss, one annotation', withGloss.annotated));
  console.log(`content script, no annotations: ${extra(withGloss.plain)}`);
  if (withGloss.annotated)
    console.log(`content script, one annotation: ${extra(withGloss.annotated)}`);
}
