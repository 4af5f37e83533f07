/**
 * Start-up: seconds from spawning the server until GET /ready answers 200, on PGlite.
 *   npx tsx bench/start.bench.ts            (LOKET_DEMO=false; add --demo for the first start with the demo municipality)
 * Measured in the same run:
 * - the floor: a Node process that only listens (what no server start can beat);
 * - `npm start` today: the esbuild bundle (dist/server/main.mjs), built first, with its build time;
 * - the baseline: the same sources through tsx (how `npm start` ran before the bundle);
 * each as a first start (empty data directory: migrations, first user) and as later starts (median of 3).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildServer } from '../scripts/build-server.mjs';
import { spawnServer } from '../src/test/spawn-server.ts';

const PORT = 18_480;

async function readyAfter(command: string[], env: Record<string, string>): Promise<number> {
  const server = await spawnServer(command, { env, port: PORT, deadlineMs: 300_000, pollMs: 20 });
  await server.stop();
  return server.readyAfterMs;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function startFigures(label: string, command: string[], demo: boolean) {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-start-bench-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', LOKET_DEMO: String(demo), LOG_LEVEL: 'warn' };
  try {
    const first = await readyAfter(command, env);
    const later = [];
    for (let i = 0; i < 3; i++) later.push(await readyAfter(command, env));
    console.log(
      `${label.padEnd(34)} first start ${s(first).padStart(8)}   later starts median ${s(median(later)).padStart(8)} (${later.map(s).join(', ')})`,
    );
    return { first, later: median(later) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const demo = process.argv.includes('--demo');
  console.log(`start-up on PGlite (LOKET_DEMO=${demo}), load average at start ${loadavg()[0]!.toFixed(2)}`);
  const floor = `require('node:http').createServer((q,r)=>r.end()).listen(${PORT})`;
  const floorMs = median([await readyAfter([process.execPath, '-e', floor], {}), await readyAfter([process.execPath, '-e', floor], {})]);
  console.log(`${'floor: node that only listens'.padEnd(34)} ${s(floorMs)}`);
  const buildStarted = performance.now();
  await buildServer();
  console.log(`${'build: esbuild bundle of src/'.padEnd(34)} ${s(performance.now() - buildStarted)}`);
  const bundle = await startFigures('npm start (bundle)', [process.execPath, '--enable-source-maps', 'dist/server/main.mjs'], demo);
  const tsx = await startFigures('baseline: tsx src/main.ts', [process.execPath, '--import', 'tsx', 'src/main.ts'], demo);
  console.log(
    `ratio bundle/tsx: first ${(bundle.first / tsx.first).toFixed(2)}, later ${(bundle.later / tsx.later).toFixed(2)}; load average at end ${loadavg()[0]!.toFixed(2)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
