// The library at 100,000 annotations over 10,000 pages (generated English + Vietnamese):
// first screen (database + render), search keystrokes, memory, and the search index chosen
// (FlexSearch) against Dexie multi-entry indexes and a naive scan, all in one run.
import '../setup';
import { availableParallelism, loadavg } from 'node:os';
import Dexie from 'dexie';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing';
import { generateCollection } from './data/library';

const PAGES = 10_000;
const PER_PAGE = 10;
/** What a reader types, one keystroke at a time: Vietnamese without diacritics, English. */
const TYPED = ['quyen con nguoi', 'dang', 'binh dang gioi', 'reading memory', 'privacy'];
const KEYSTROKES = TYPED.flatMap((text) =>
  Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)),
).filter((q) => !q.endsWith(' '));

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

/** Wall time, and this process's CPU time: the machine is shared, and CPU time shows what
 * the work costs when other processes take turns on the cores. */
interface Sample {
  wall: number;
  cpu: number;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time<T>(work: () => T | Promise<T>): Promise<[Sample, T]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return [{ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }, result];
}

async function repeat(times: number, work: () => unknown): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < times; i++) samples.push((await time(work))[0]);
  return samples;
}

const add = (a: Sample[], b: Sample[]) =>
  a.map((x, i) => ({ wall: x.wall + b[i]!.wall, cpu: x.cpu + b[i]!.cpu }));

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, samples: Sample[], baseline?: Sample[]) => {
  const cells = (['wall', 'cpu'] as const).map((kind) => {
    const { median, p95 } = stats(samples.map((s) => s[kind]));
    const ratio = baseline
      ? ` ×${(median / stats(baseline.map((s) => s[kind])).median).toFixed(2)}`
      : '';
    return `${kind} ${ms(median).padStart(9)} ${ms(p95).padStart(9)}${ratio.padEnd(6)}`;
  });
  console.log(`${label.padEnd(46)} ${cells.join('  |  ')}`);
};

/** The generated collection in a database, and the baseline's folded text of each annotation. */
async function prepare() {
  const { GlossDb } = await import('../../lib/db');
  const { terms } = await import('../../lib/search');
  const { quoteOf } = await import('../../lib/model');
  const [generated, collection] = await time(() => generateCollection(PAGES, PER_PAGE));
  const live = collection.annotations.filter((a) => !a.deletedAt);
  console.log(
    `${collection.annotations.length} annotations (${live.length} live) over ${PAGES} pages, generated in ${ms(generated.wall)}`,
  );
  const db = new GlossDb('bench-library');
  const [written] = await time(async () => {
    await db.pages.bulkAdd(collection.pages);
    for (let i = 0; i < collection.annotations.length; i += 10_000)
      await db.annotations.bulkAdd(collection.annotations.slice(i, i + 10_000));
  });
  console.log(`written to fake-indexeddb in ${ms(written.wall)}`);

  // Baseline: the folded text of every annotation, scanned with String.includes.
  const pages = new Map(collection.pages.map((p) => [p.id, p]));
  const before = heapMb();
  const [folded, haystacks] = await time(() =>
    live.map((a) => {
      const page = pages.get(a.pageId)!;
      const text = [quoteOf(a), a.note, a.tags.join(' '), page.title, page.siteName ?? ''];
      return { id: a.id, text: ` ${terms(text.join(' ')).join(' ')}` };
    }),
  );
  const { Library } = await import('../../lib/library/model');
  const [built] = await time(() => {
    const library = new Library();
    for (const page of collection.pages) library.addPage(page);
    for (const annotation of live) library.add(annotation);
  });
  console.log(`library index built from memory in ${ms(built.cpu)} CPU (no database reads)`);
  console.log(
    `baseline folded text built in ${ms(folded.cpu)} CPU, +${(heapMb() - before).toFixed(0)} MB heap`,
  );
  return { db, haystacks };
}

export async function run(): Promise<void> {
  // Extension APIs (i18n) from WXT's fake browser; a DOM from happy-dom for the render.
  Object.assign(globalThis, { chrome: fakeBrowser });
  const window = new Window({ width: 1280, height: 800 });
  Object.assign(globalThis, { window, document: window.document, navigator: window.navigator });
  const { firstScreen, loadLibrary } = await import('../../lib/library/load');
  const { rowsOf } = await import('../../lib/library/model');
  const { EMPTY_QUERY } = await import('../../lib/library/query');
  const { terms } = await import('../../lib/search');
  const { render, h } = await import('preact');
  const { act } = await import('preact/test-utils');
  const { ResultsList } = await import('../../components/library/Rows');

  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(1));
  console.log(`load average ${one} ${five} ${fifteen} on ${availableParallelism()} cores`);
  console.log('columns: median, p95 (×: ratio of medians to the baseline in this run)');
  const { db, haystacks } = await prepare();

  // First screen: the newest pages from the createdAt index, then their render.
  const container = window.document.createElement('div');
  window.document.body.append(container);
  const open = () => {};
  let first = await firstScreen(db);
  let firstRows = rowsOf(first);
  const firstData = await repeat(15, async () => {
    first = await firstScreen(db);
    firstRows = rowsOf(first);
  });
  const firstRender = await repeat(15, async () => {
    await act(() => render(null, container));
    await act(() =>
      render(
        h(ResultsList, { rows: firstRows, entries: first, terms: [], onOpen: open }),
        container,
      ),
    );
  });
  console.log(`\nfirst screen: ${firstRows.length} rows`);
  line('first screen, database (fake-indexeddb)', firstData);
  line('first screen, render (happy-dom)', firstRender);
  line('first screen, total', add(firstData, firstRender));

  // The whole library behind it: read in chunks, indexed.
  const before = heapMb();
  const [loaded, library] = await time(() => loadLibrary(db));
  const libraryMb = heapMb() - before;
  console.log(
    `\nwhole library loaded and indexed: ${ms(loaded.wall)} wall, ${ms(loaded.cpu)} CPU (fake-indexeddb reads included)`,
  );
  console.log(`memory after indexing: +${libraryMb.toFixed(0)} MB heap (entries + index)`);

  // fake-indexeddb keeps the database in this heap, where a browser keeps it outside: drop it,
  // so that garbage collection costs what it costs on the page.
  db.close();
  await Dexie.delete('bench-library');

  const scan = (q: string) => {
    const words = terms(q).map((w) => ` ${w}`);
    return haystacks.filter((h) => words.every((w) => h.text.includes(w))).length;
  };

  // Keystrokes: every prefix of what a reader types (after one warm-up pass of each).
  KEYSTROKES.forEach((q) => [scan(q), library.results({ ...EMPTY_QUERY, q })]);
  const baseline: Sample[] = [];
  for (const q of KEYSTROKES) baseline.push((await time(() => scan(q)))[0]);
  const search: Sample[] = [];
  const searchAndRows: Sample[] = [];
  const renders: Sample[] = [];
  let sizes = '';
  for (const q of KEYSTROKES) {
    const query = { ...EMPTY_QUERY, q };
    search.push((await time(() => library.results(query)))[0]);
    const [t, rows] = await time(() => rowsOf(library.results(query)));
    searchAndRows.push(t);
    const words = terms(q);
    const [drawn] = await time(() =>
      act(() =>
        render(
          h(ResultsList, { rows, entries: library.entries, terms: words, onOpen: open }),
          container,
        ),
      ),
    );
    renders.push(drawn);
    if (TYPED.includes(q))
      sizes += `\n  "${q}": ${rows.length - library.results(query).length} pages`;
  }
  console.log(`\nkeystrokes: ${KEYSTROKES.length} queries; results of the full words:${sizes}`);
  line('baseline: scan folded text (includes)', baseline);
  line('keystroke: search + filter pass', search, baseline);
  line('keystroke: search + rows', searchAndRows, baseline);
  line('keystroke: render of the new rows (happy-dom)', renders);
  line('keystroke: total (search + rows + render)', add(searchAndRows, renders), baseline);
  const withTag = await repeat(20, () =>
    rowsOf(library.results({ ...EMPTY_QUERY, q: 'nguoi', tag: 'thesis', colour: 'green' })),
  );
  line('keystroke with tag + colour filters', withTag, baseline);
  const everything = await repeat(10, () => rowsOf(library.results(EMPTY_QUERY)));
  line('no query: all rows, newest first', everything, baseline);
  const domRows = container.querySelectorAll('[role="listitem"]').length;
  await act(() =>
    render(
      h(ResultsList, {
        rows: rowsOf(library.results(EMPTY_QUERY)),
        entries: library.entries,
        terms: [],
        onOpen: open,
      }),
      container,
    ),
  );
  console.log(
    `DOM rows rendered: ${container.querySelectorAll('[role="listitem"]').length} of ${library.entries.length + library.pages.size} (last query: ${domRows})`,
  );
  const retag = await repeat(20, () => library.retag(library.entries[7]!.id, ['bench tag']));
  line('incremental update: retag one entry (append)', retag);

  // The alternative: Dexie multi-entry index of folded words, queried by prefix per word.
  const words = new Dexie('bench-library-words');
  words.version(1).stores({ annotations: 'id, *words' });
  const [wordsWritten] = await time(async () => {
    for (let i = 0; i < haystacks.length; i += 10_000)
      await words
        .table('annotations')
        .bulkAdd(
          haystacks
            .slice(i, i + 10_000)
            .map((h) => ({ id: h.id, words: [...new Set(h.text.split(' '))].filter(Boolean) })),
        );
  });
  console.log(`\nDexie *words index written in ${ms(wordsWritten.wall)} (fake-indexeddb)`);
  const dexieSearch = async (q: string) => {
    let found: Set<string> | undefined;
    for (const word of terms(q)) {
      const keys = (await words
        .table('annotations')
        .where('words')
        .startsWith(word)
        .primaryKeys()) as string[];
      found = new Set(found ? keys.filter((k) => found!.has(k)) : keys);
    }
    return found?.size ?? 0;
  };
  const sample = KEYSTROKES.filter((_, i) => i % 4 === 0);
  const dexie: Sample[] = [];
  for (const q of sample) dexie.push((await time(() => dexieSearch(q)))[0]);
  line(`Dexie *words keystroke (${sample.length} of them)`, dexie, baseline);
  const dexiePut = await repeat(20, () =>
    words.table('annotations').put({ id: haystacks[7]!.id, words: ['bench', 'tag'] }),
  );
  line('Dexie *words incremental update (put)', dexiePut);

  render(null, container);
  words.close();
  await Dexie.delete('bench-library-words');
  await window.happyDOM.close();
}
