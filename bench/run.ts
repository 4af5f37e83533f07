import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Runs every bench/*.bench.ts (or those named on the command line) and lets each print its figures. */
const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

for (const file of files) {
  const module = (await import(`./${file}`)) as { run?: () => Promise<void> };
  if (typeof module.run !== 'function') {
    console.error(`${file} exports no run()`);
    process.exitCode = 1;
    continue;
  }
  await module.run();
}
