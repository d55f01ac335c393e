// Runs every area's benchmark (`npm run bench`), or only the areas named: `npm run bench sync`.
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const here = new URL('.', import.meta.url);
const areas = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .filter((area) => wanted.length === 0 || wanted.includes(area));

for (const area of areas) {
  console.log(`\n== ${area}`);
  const bench = (await import(new URL(`${area}.ts`, here).href)) as { run(): Promise<void> };
  await bench.run();
}
