// Sync file at the design's scale: 100,000 annotations over 10,000 pages. Serialise (export),
// parse (import's validation) and merge two such files; time and peak memory of each.
import { z } from 'zod';
import type { SyncFile } from '../../lib/model/sync-file';
import { mergeSyncFiles, parseSyncFile, serializeSyncFile } from '../../lib/sync';
import { pageIdOf } from '../../lib/url';

const PAGES = 10_000;
const ANNOTATIONS = 100_000;

// A small deterministic generator, so that every run measures the same files.
let seed = 42;
function random(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const uuid = () =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
    (c === 'x' ? Math.floor(random() * 16) : 8 + Math.floor(random() * 4)).toString(16),
  );

const WORDS = {
  en: 'the reader keeps notes on what matters most and every passage stays where it was written'.split(
    ' ',
  ),
  vi: 'người đọc ghi chú những điều quan trọng nhất và mỗi đoạn văn vẫn ở đúng chỗ của nó'.split(
    ' ',
  ),
};
const sentence = (words: number) => {
  const lang = random() < 0.3 ? WORDS.vi : WORDS.en;
  return Array.from({ length: words }, () => pick(lang)).join(' ');
};
const instant = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString();

function generate(): SyncFile {
  const pages = Array.from({ length: PAGES }, (_, i) => {
    const url = `https://news.example.com/${i}/${sentence(4).replace(/\s+/g, '-')}`;
    return {
      id: pageIdOf(url),
      url,
      title: sentence(8),
      siteName: 'Example News',
      lang: 'vi',
      createdAt: instant(i % 300),
      updatedAt: instant(i % 300),
    };
  });
  const annotations = Array.from({ length: ANNOTATIONS }, (_, i) => {
    const exact = sentence(10 + Math.floor(random() * 40));
    const start = Math.floor(random() * 20_000);
    return {
      id: uuid(),
      pageId: pages[i % PAGES]!.id,
      selectors: [
        {
          type: 'TextQuoteSelector' as const,
          exact,
          prefix: sentence(6).slice(0, 32),
          suffix: sentence(6).slice(0, 32),
        },
        { type: 'TextPositionSelector' as const, start, end: start + exact.length },
      ],
      colour: pick(['yellow', 'green', 'blue', 'pink', 'purple'] as const),
      note: random() < 0.4 ? sentence(5 + Math.floor(random() * 60)) : '',
      tags: random() < 0.5 ? [pick(['nhân quyền', 'law', 'history', 'to read', 'chính sách'])] : [],
      createdAt: instant(i % 300),
      updatedAt: instant(i % 300),
    };
  });
  const tombstones = Array.from({ length: 1_000 }, (_, i) => ({
    id: uuid(),
    kind: 'annotation' as const,
    deletedAt: instant(i % 300),
    updatedAt: instant(i % 300),
  }));
  return {
    format: 'gloss-sync',
    version: 1,
    exportedAt: instant(300),
    pages,
    annotations,
    tombstones,
  };
}

/** Another browser's copy: a tenth edited later, a hundredth deleted, 5,000 new. */
function diverge(file: SyncFile): SyncFile {
  const annotations = file.annotations.map((a, i) =>
    i % 10 === 0 ? { ...a, note: sentence(20), updatedAt: instant(301) } : a,
  );
  const deleted = annotations.filter((_, i) => i % 100 === 5);
  const fresh = file.annotations.slice(0, 5_000).map((a) => ({ ...a, id: uuid() }));
  return {
    ...file,
    exportedAt: instant(302),
    annotations: [...annotations.filter((_, i) => i % 100 !== 5), ...fresh],
    tombstones: [
      ...file.tombstones,
      ...deleted.map((a) => ({
        id: a.id,
        kind: 'annotation' as const,
        deletedAt: instant(302),
        updatedAt: instant(302),
      })),
    ],
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Median wall and CPU time of `runs` runs (CPU time shows what the machine's other load does
 * to wall time). Memory: the heap grown by the end of a run, garbage included (the most seen),
 * the heap its result keeps, and the process's resident peak so far.
 */
function measure<T>(runs: number, work: () => T) {
  const times: number[] = [];
  const cpu: number[] = [];
  let grownMb = 0;
  let result!: T;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    result = work();
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    grownMb = Math.max(grownMb, (process.memoryUsage().heapUsed - before) / 2 ** 20);
  }
  gc?.();
  const heldMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const peakRssMb = process.resourceUsage().maxRSS / 2 ** 10;
  const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(runs / 2)]!;
  return { ms: median(times), cpuMs: median(cpu), grownMb, heldMb, peakRssMb, result };
}

export async function run(): Promise<void> {
  const a = generate();
  const b = diverge(a);
  const text = serializeSyncFile(a);
  const textB = serializeSyncFile(b);
  console.log(
    `file: ${ANNOTATIONS} annotations, ${PAGES} pages, ${(text.length / 2 ** 20).toFixed(1)} MB of text`,
  );

  const baseline = measure(3, () => JSON.stringify(JSON.parse(text)));
  const rows: [string, ReturnType<typeof measure>, number?][] = [];
  const serialise = measure(3, () => serializeSyncFile(a));
  rows.push(['export (serializeSyncFile)', serialise, 2000]);
  const parsed = measure(3, () => parseSyncFile(text));
  if (!parsed.result.ok) throw new Error(JSON.stringify(parsed.result.errors.slice(0, 3)));
  rows.push(['parse (parseSyncFile, JIT)', parsed, 2000]);
  z.config({ jitless: true });
  // Extension pages forbid eval under MV3's CSP, so zod runs without its compiled fast path.
  rows.push([
    'parse (parseSyncFile, jitless as in the extension)',
    measure(3, () => parseSyncFile(text)),
    2000,
  ]);
  // The worst case: every annotation off the fast path (tags in NFD, as no Gloss writes them).
  const nfd = serializeSyncFile({
    ...a,
    annotations: a.annotations.map((x) => ({ ...x, tags: ['nhân quyền'.normalize('NFD')] })),
  });
  rows.push([
    'parse, every annotation through zod (jitless)',
    measure(3, () => parseSyncFile(nfd)),
    2000,
  ]);
  z.config({ jitless: false });
  const merged = measure(3, () => mergeSyncFiles(a, b));
  rows.push(['merge (mergeSyncFiles of two files)', merged, 3000]);
  const cycle = measure(1, () => {
    const [x, y] = [parseSyncFile(text), parseSyncFile(textB)];
    if (!x.ok || !y.ok) throw new Error('invalid');
    return serializeSyncFile(mergeSyncFiles(x.file, y.file));
  });
  // What keeping a file in sync does with two full copies; the issue sets no target for it.
  rows.push(['parse both + merge + serialise', cycle]);

  console.log(
    `baseline JSON.parse + JSON.stringify: ${baseline.ms.toFixed(0)} ms (CPU ${baseline.cpuMs.toFixed(0)} ms)`,
  );
  for (const [name, { ms, cpuMs, grownMb, heldMb, peakRssMb }, target] of rows) {
    const verdict =
      target === undefined ? '' : `; target < ${target} ms: ${ms < target ? 'ok' : 'OVER'}`;
    console.log(
      `${name}: ${ms.toFixed(0)} ms (${(ms / baseline.ms).toFixed(2)}× baseline; ` +
        `CPU ${cpuMs.toFixed(0)} ms), heap +${grownMb.toFixed(0)} MB during, ` +
        `${heldMb.toFixed(0)} MB kept, process RSS peak ${peakRssMb.toFixed(0)} MB${verdict}`,
    );
  }
  console.log(
    `merged: ${merged.result.annotations.length} annotations, ${merged.result.tombstones.length} tombstones`,
  );
}
