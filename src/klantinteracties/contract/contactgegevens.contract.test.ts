import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../../test/fixtures.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { FOUT_SCHEMAS, loadOpenApi, specValidator } from '../../platform/openapi/openapi-schemas.ts';

/**
 * The Contactgegevens API, walked from its YAML: Loket serves it read-only over its partijen, so
 * every GET must answer as documented and every write must answer 405 in the Fout format.
 */
const doc = loadOpenApi(new URL('../../../standards/contactgegevens-openapi.yaml', import.meta.url).pathname);
const spec = specValidator(doc, FOUT_SCHEMAS);
const PREFIX = '/contactgegevens/api/v1';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('Contactgegevens API contract (read-only mapping)', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    auth = await t.token('kcc');
    const post = async (payload: object) =>
      (await t.app.inject({ method: 'POST', url: '/api/partijen', headers: auth, payload })).json().id as string;
    ids.persoon = await post(persoon({ identificatoren: [] }));
    ids.organisatie = await post({
      soortPartij: 'organisatie',
      organisatieNaam: 'Bakkerij De Linde',
      bezoekadres: { straatnaam: 'Markt', huisnummer: 1, postcode: '3541 CD', stad: 'Lindendaal' },
    });
  });
  afterAll(() => t.close());

  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of METHODS.filter((m) => ops[m])) {
      it(`${method.toUpperCase()} ${path}`, async () => {
        const soort = path.split('/')[1] as string;
        const url = `${PREFIX}${path.replace('{uuid}', ids[soort] as string)}`;
        const response = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers: auth,
          ...(method === 'get' || method === 'delete' ? {} : { payload: {} }),
        });
        if (method !== 'get') {
          expect(response.statusCode).toBe(405);
          expect(spec.validate({ $ref: '#/components/schemas/Fout' }, response.json(), 'response')).toEqual([]);
          return;
        }
        expect(response.statusCode).toBe(200);
        const schema = ops[method]?.responses['200']?.content?.['application/json']?.schema;
        expect(spec.validate(schema as Record<string, unknown>, response.json(), 'response')).toEqual([]);
        const body = response.json();
        if (!path.includes('{uuid}')) expect(body.results.map((r: { uuid: string }) => r.uuid)).toContain(ids[soort]);
      });
    }
  }
});
