import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES_PATH, renderApiTypes } from '../../../../scripts/generate-api-types.ts';

describe('the desktop API types generated from /api/openapi.json', () => {
  it('are up to date with the server schemas', async () => {
    const expected = await renderApiTypes();
    const committed = await readFile(GENERATED_TYPES_PATH, 'utf8');
    if (committed !== expected) {
      // A short message instead of a 24,000-line diff: the fix is one command.
      expect.fail(`${GENERATED_TYPES_PATH} is stale: the server's schemas changed; run npm run gen:api-types`);
    }
    expect(committed).toContain('export interface paths');
  }, 120_000);

  it('render the same text twice (no timestamps, stable order)', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/b': {
          get: {
            responses: {
              200: {
                description: 'ok',
                content: {
                  'application/json': { schema: { type: 'object', properties: { z: { type: 'string' }, a: { type: 'number' } } } },
                },
              },
            },
          },
        },
        '/a': { get: { responses: { 200: { description: 'ok' } } } },
      },
    };
    const reordered = { info: document.info, paths: { '/a': document.paths['/a'], '/b': document.paths['/b'] }, openapi: '3.1.0' };
    const first = await renderApiTypes(document);
    expect(first).toBe(await renderApiTypes(reordered));
    expect(first.indexOf('"/a"')).toBeLessThan(first.indexOf('"/b"'));
    expect(first).toMatch(/a\?: number;\s+z\?: string;/);
  });
});
