// Citations: what a first highlight costs (extractPage: Readability once plus metadata), and
// writing a bibliography of 10,000 pages in each format; formatted references through
// citeproc (cold: style loaded and engine built; warm: engine reused). Ratios are against a
// baseline measured in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import type { CslItem } from '../../lib/export/csl-item';

// The styles are imported as `?raw` text in the bundle (Vite); Node gets the same from this hook.
register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { readFile } from 'node:fs/promises';
      export async function resolve(specifier, context, next) {
        if (!specifier.endsWith('?raw')) return next(specifier, context);
        const resolved = await next(specifier.slice(0, -4), context);
        return { url: resolved.url + '?raw', shortCircuit: true };
      }
      export async function load(url, context, next) {
        if (!url.endsWith('?raw')) return next(url, context);
        const text = await readFile(new URL(url.slice(0, -4)), 'utf8');
        return { format: 'module', source: 'export default ' + JSON.stringify(text), shortCircuit: true };
      }`),
);

const { extractPage } = await import('../../lib/extract');
const { parseHtml, sharedPages } = await import('../pages');
const { formatBibliography, toBibLaTeX, toBibTeX, toCSL, toRIS } =
  await import('../../lib/export/citation');

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

function time(run: () => void, repeat: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

function benchExtract() {
  let shared: string;
  try {
    shared = sharedPages();
  } catch (error) {
    console.log(`extractPage skipped: ${(error as Error).message}`);
    return;
  }
  const files = [
    'vi-news/v1.html',
    ...readdirSync(path.join(shared, 'readability')).map((d) => `readability/${d}/source.html`),
  ];
  console.log('extractPage per page (median of 7; baseline: Readability alone on a copy):');
  for (const file of files) {
    const url = 'https://example.org/article';
    const doc = parseHtml(readFileSync(path.join(shared, file), 'utf8'), url);
    // Interleaved, so that load from elsewhere on the machine hits both alike.
    const readabilityTimes: number[] = [];
    const extractTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      readabilityTimes.push(
        ...time(() => new Readability(doc.cloneNode(true) as Document).parse(), 1),
      );
      extractTimes.push(...time(() => extractPage(doc, url), 1));
    }
    const readability = stats(readabilityTimes);
    const extract = stats(extractTimes);
    console.log(
      `  ${file.padEnd(40)} extract ${ms(extract.median).padStart(9)}  readability ${ms(readability.median).padStart(9)}  ratio ${(extract.median / readability.median).toFixed(2)}`,
    );
  }
}

function samplePages(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `page-${i}`,
    url: `https://tin-tuc.example/bai-${i}.html`,
    title: `Nâng cao hiệu quả công tác truyền thông số ${i}`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    lang: i % 3 === 0 ? 'en' : 'vi',
    citation: {
      type: i % 2 === 0 ? ('article-newspaper' as const) : ('article-journal' as const),
      author:
        i % 4 === 0
          ? [{ literal: 'Báo Tin tức/TTXVN' }]
          : [
              { family: 'Nguyễn', given: 'Văn An' },
              { family: 'Doe', given: 'Jane Q.' },
            ],
      issued: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      containerTitle: 'Journal of Reading & Writing_50%',
      volume: String(i % 40),
      page: '101-118',
      DOI: `10.1234/jrw.${i}`,
    },
  }));
}

async function benchExports() {
  const pages = samplePages(10_000);
  let items: CslItem[] = [];
  const csl = stats(time(() => (items = pages.map(toCSL)), 5));
  const json = stats(time(() => JSON.stringify(items), 5));
  console.log(
    `\n10,000 pages (median of 5; baseline: JSON.stringify of the CSL items, ${ms(json.median)}):`,
  );
  console.log(
    `  toCSL       ${ms(csl.median).padStart(9)}  ratio ${(csl.median / json.median).toFixed(2)}`,
  );
  for (const [name, write] of [
    ['toBibTeX', toBibTeX],
    ['toBibLaTeX', toBibLaTeX],
    ['toRIS', toRIS],
  ] as const) {
    const s = stats(time(() => write(items), 5));
    console.log(
      `  ${name.padEnd(11)} ${ms(s.median).padStart(9)}  ratio ${(s.median / json.median).toFixed(2)}`,
    );
  }

  const one = [items[0]!];
  const cold = performance.now();
  await formatBibliography(one, 'apa', 'en-US');
  const coldMs = performance.now() - cold;
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await formatBibliography([items[i]!], 'apa', 'en-US');
    warm.push(performance.now() - start);
  }
  const hundred = items.slice(0, 100);
  const bibtex100 = stats(time(() => toBibTeX(hundred), 5));
  const apa100: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await formatBibliography(hundred, 'apa', 'en-US');
    apa100.push(performance.now() - start);
  }
  const w = stats(warm);
  const a = stats(apa100);
  console.log('\nformatBibliography, APA (citeproc-js):');
  console.log(`  first call (load style + locale, build engine): ${ms(coldMs)}`);
  console.log(`  one page, engine reused: median ${ms(w.median)}, p95 ${ms(w.p95)} (20 runs)`);
  console.log(
    `  100 pages: median ${ms(a.median)}, p95 ${ms(a.p95)}; toBibTeX of the same ${ms(bibtex100.median)}, ratio ${(a.median / bibtex100.median).toFixed(0)}`,
  );
}

export async function run(): Promise<void> {
  benchExtract();
  await benchExports();
}
