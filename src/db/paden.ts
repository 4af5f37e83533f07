import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Loket's root folder (where package.json is), found by walking up from this module: the same
 * answer whether the server runs from src/ through tsx or as the bundle in dist/server/, where a
 * path relative to the module would point elsewhere. It sits in db/, the lowest folder, because
 * the migrations are found through it and everything above may use it.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const LOKET_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside Loket's root folder, e.g. fromRoot('standards', 'zaken-openapi.yaml'). */
export function fromRoot(...parts: string[]): string {
  return resolve(LOKET_ROOT, ...parts);
}
