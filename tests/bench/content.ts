// What the content script costs a page without annotations, in real Chromium: the page's
// script and task time (DevTools' Performance metrics, which count the content script's
// isolated world) with the built extension, against the same page without it, in one run.
import { join } from 'node:path';
import { launchChromium } from '../e2e/browsers';
import { readPage, startServer } from '../e2e/server';
import { sharedPages } from '../pages';

const LOADS = 15;
const page = readPage(join(sharedPages(), 'vi-news/v1.html'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(extension: boolean) {
  const server = await startServer();
  server.set('/article.html', page);
  const browser = await launchChromium({ extension });
  const script: number[] = [];
  const task: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const tab = await browser.newTab();
      const send = await browser.cdp!(tab);
      await send('Performance.enable', { timeDomain: 'threadTicks' });
      await tab.goto(`${server.origin}/article.html?visit=${i}`);
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
  } finally {
    await browser.close();
    await server.close();
  }
  return { script: median(script), task: median(task) };
}

export async function run(): Promise<void> {
  const withGloss = await measure(true);
  const without = await measure(false);
  const row = (name: string, m: { script: number; task: number }) =>
    `${name.padEnd(26)} script ${m.script.toFixed(1).padStart(6)} ms   task ${m.task.toFixed(1).padStart(6)} ms`;
  console.log(`vi-news/v1.html, no annotations, median of ${LOADS} loads (Chromium)`);
  console.log(row('page without Gloss', without));
  console.log(row('page with Gloss', withGloss));
  console.log(
    `content script: +${(withGloss.script - without.script).toFixed(1)} ms script ` +
      `(×${(withGloss.script / without.script).toFixed(2)}), ` +
      `+${(withGloss.task - without.task).toFixed(1)} ms task (×${(withGloss.task / without.task).toFixed(2)})`,
  );
}
