#!/usr/bin/env node
// Bundles the server (src/main.ts and what it imports) into dist/server/main.mjs with esbuild, so
// `npm start` loads one JavaScript file instead of transpiling hundreds of TypeScript modules at
// every start. Runs in `prestart` and rebuilds only when a server source is newer than the
// bundle; `--force` builds regardless. Packages stay in node_modules (--packages=external).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const entry = join(repo, 'src/main.ts');
export const SERVER_BUNDLE = join(repo, 'dist/server/main.mjs');
const extraInputs = [join(repo, 'package-lock.json'), join(repo, 'tsconfig.json')];

/** Newest modification time of the server's sources: src/ without tests and without the browser code. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(repo, 'src/web/desktop')) newest = Math.max(newest, newestMtime(path));
    } else if (/\.(ts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

export function serverBuildIsCurrent() {
  if (!existsSync(SERVER_BUNDLE)) return false;
  const inputs = Math.max(newestMtime(join(repo, 'src')), ...extraInputs.filter(existsSync).map((f) => statSync(f).mtimeMs));
  return statSync(SERVER_BUNDLE).mtimeMs >= inputs;
}

/** Bundles the server into `outfile` (default dist/server/main.mjs; it must lie inside the repository, see src/db/paden.ts). */
export async function buildServer(outfile = SERVER_BUNDLE) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--force') && serverBuildIsCurrent()) process.exit(0);
  const started = Date.now();
  await buildServer();
  console.log(`build-server: server bundled into dist/server/main.mjs in ${Date.now() - started} ms`);
}
