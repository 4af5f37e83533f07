#!/usr/bin/env node
// Builds the agent desktop (src/web/desktop) into dist/web when the build is missing or older
// than its sources; `npm start` runs this first (prestart), so a checkout needs no extra step.
// `--force` builds regardless.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const sources = join(repo, 'src/web/desktop');
const output = join(repo, 'dist/web/index.html');
const extraInputs = [join(repo, 'package-lock.json')];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : entry.name.endsWith('.test.ts') ? 0 : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

export function desktopBuildIsCurrent() {
  if (!existsSync(output)) return false;
  const inputs = Math.max(newestMtime(sources), ...extraInputs.filter(existsSync).map((f) => statSync(f).mtimeMs));
  return statSync(output).mtimeMs >= inputs;
}

export async function buildDesktop() {
  const { build } = await import('vite');
  await build({ configFile: join(sources, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--force') && desktopBuildIsCurrent()) process.exit(0);
  try {
    await import.meta.resolve?.('vite');
  } catch {
    // A production install without devDependencies: serve the build that is there, if any.
    if (existsSync(output)) {
      console.warn('build-web: vite is not installed; serving the existing dist/web');
      process.exit(0);
    }
    console.error('build-web: the agent desktop is not built and vite is not installed (npm install, then npm run build:web)');
    process.exit(1);
  }
  const started = Date.now();
  await buildDesktop();
  console.log(`build-web: agent desktop built into dist/web in ${Date.now() - started} ms`);
}
