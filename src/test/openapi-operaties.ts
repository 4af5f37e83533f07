import type { TestApp } from './test-app.ts';

/** One operation of the served OpenAPI document, with its access marks (src/platform/toegang.ts). */
export type Operation = { 'x-rollen'?: unknown; 'x-persoonsgegevens'?: unknown };
export type Operaties = { method: string; path: string; op: Operation }[];
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation the app publishes in /api/openapi.json, for tests generated from the document. */
export async function operaties(t: TestApp): Promise<Operaties> {
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, Operation>> }>();
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => ({ method, path, op })),
  );
}
