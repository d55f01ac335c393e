// Runs the benchmarks: every tests/bench/<area>.ts, or only the areas named on the command
// line (`npm run bench -- library`). Each exports `run()`, which prints its own results.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const areas = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .map((file) => basename(file, '.ts'))
  .filter((area) => wanted.length === 0 || wanted.includes(area))
  .sort();

for (const area of areas) {
  console.log(`\n## ${area}`);
  const bench = (await import(pathToFileURL(join(here, `${area}.ts`)).href)) as {
    run: () => Promise<void>;
  };
  await bench.run();
}
