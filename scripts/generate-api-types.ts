/**
 * Writes the desktop's API types from the server's OpenAPI document (issue 19: one contract).
 * The app is built in-process on a throwaway in-memory PGlite, so no network and no running server
 * are needed; `npm run gen:api-types` regenerates, and src/web/desktop/api/generated-types.test.ts
 * fails when the committed file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';

export const GENERATED_TYPES_PATH = fileURLToPath(new URL('../src/web/desktop/api/generated/openapi.ts', import.meta.url));

const HEADER = `/**
 * Generated from Loket's OpenAPI document (/api/openapi.json) by scripts/generate-api-types.ts.
 * Do not edit: run \`npm run gen:api-types\` after changing a route's schema.
 */

`;

/** The OpenAPI document as the server publishes it, with fixed settings so the output never depends on the machine. */
export async function loadOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({});
  try {
    await migrate(database.db);
    // Only what the document shows is fixed here (the server URL); everything else is the default configuration.
    const config = loadConfig({ LOKET_DEMO: 'false', PUBLIC_URL: 'http://localhost:8080' });
    const app = await buildApp({ database, config, logger: false, backgroundJobs: false });
    try {
      await app.ready();
      const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
      return response.json<Record<string, unknown>>();
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** Object keys in a fixed order at every depth (arrays keep theirs: their order means something). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The TypeScript source of the generated file. */
export async function renderApiTypes(document?: Record<string, unknown>): Promise<string> {
  const source = sortKeys(document ?? (await loadOpenApiDocument()));
  // The document is an object, so nothing is fetched; `silent` keeps redocly's notes out of the test output.
  const ast = await openapiTS(source as Parameters<typeof openapiTS>[0], { alphabetize: true, silent: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const started = performance.now();
  await writeFile(GENERATED_TYPES_PATH, await renderApiTypes());
  console.log(`wrote ${GENERATED_TYPES_PATH} in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
