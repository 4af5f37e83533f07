import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { API_PREFIX, type ResourcePath } from '../../contract/klantinteracties-urls.ts';
import { createBodies, patchBodies, SEED_ORDER, type Seed } from './contract-fixtures.ts';
import { FOUT_SCHEMAS, loadOpenApi, specValidator, type OpenApiOperation } from '../../platform/openapi/openapi-schemas.ts';

/**
 * Walks the Klantinteracties spec: every path and method in the YAML gets a valid request whose
 * answer must have the documented status and validate against the documented schema, and
 * invalid requests that must answer in the error formats. A path+method the spec has and Loket
 * does not serve fails here, because the list comes from the YAML.
 */
const doc = loadOpenApi(new URL('../../../standards/klantinteracties-openapi.yaml', import.meta.url).pathname);
const spec = specValidator(doc, FOUT_SCHEMAS);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  METHODS.filter((m) => ops[m]).map((method) => ({ path, method, op: ops[method] as OpenApiOperation })),
);
const jsonSchema = (op: OpenApiOperation, status: number) => op.responses[String(status)]?.content?.['application/json']?.schema;
const requestSchema = (op: OpenApiOperation) => op.requestBody?.content?.['application/json']?.schema;
const FOUT = { $ref: '#/components/schemas/Fout' };
const VALIDATIEFOUT = { $ref: '#/components/schemas/ValidatieFout' };

describe('Klantinteracties API contract (Open Klant 2.18, API 0.9.0)', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  const seed: Seed = {};

  const call = async (method: string, url: string, payload?: unknown, headers = auth) => {
    const response = await t.app.inject({
      method: method.toUpperCase() as 'GET',
      url: `${API_PREFIX}${url}`,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.body ? response.json() : undefined, headers: response.headers };
  };
  const create = async (resource: ResourcePath) => {
    const response = await call('post', `/${resource}`, createBodies[resource](seed));
    if (response.status !== 201) throw new Error(`${resource}: ${JSON.stringify(response.body)}`);
    return (response.body as { uuid: string }).uuid;
  };

  beforeAll(async () => {
    t = await createTestApp();
    auth = await t.token('kcc');
    for (const resource of SEED_ORDER) {
      seed[resource] = await create(resource);
      if (resource === 'partijen') seed.partij2 = await create('partijen');
    }
  });
  afterAll(() => t.close());

  it('covers at least the 85 path+method pairs of the spec', () => {
    expect(operations.length).toBeGreaterThanOrEqual(85);
  });

  const ordered = [...operations].sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));
  for (const { path, method, op } of ordered) {
    it(`${method.toUpperCase()} ${path} answers as documented`, async () => {
      const resource = path.split('/')[1] as ResourcePath;
      const isItem = path.includes('{uuid}');
      // Integer-like keys lose their YAML order in JS; a DELETE's plain answer is its 204.
      const statuses = Object.keys(op.responses).map(Number);
      const okStatus = method === 'delete' && statuses.includes(204) ? 204 : (statuses[0] as number);
      const body =
        method === 'patch' ? patchBodies[resource](seed) : method === 'post' || method === 'put' ? bodyFor(path, resource) : undefined;
      const schema = requestSchema(op);
      if (body && schema) expect(spec.validate(schema, body, 'request'), 'our request is valid per the spec').toEqual([]);

      const id = isItem ? (method === 'delete' ? await create(resource) : seed[resource]) : undefined;
      const url = (isItem ? path.replace('{uuid}', id as string) : path) + (method === 'get' && !isItem ? '?pageSize=2' : '');
      const response = await call(method, url, body);
      expect(response.status, JSON.stringify(response.body)).toBe(okStatus);
      expect(response.headers['api-version']).toBe('0.9.0');
      const responseSchema = jsonSchema(op, okStatus);
      if (responseSchema) expect(spec.validate(responseSchema, response.body, 'response')).toEqual([]);
    });
  }

  function bodyFor(path: string, resource: ResourcePath): object {
    if (path === '/maak-klantcontact') {
      return {
        klantcontact: createBodies.klantcontacten(seed),
        betrokkene: { wasPartij: { uuid: seed.partijen }, rol: 'klant', initiator: true, organisatienaam: '' },
        onderwerpobject: {
          onderwerpobjectidentificator: {
            objectId: 'ZAAK-9',
            codeObjecttype: 'zaak',
            codeRegister: 'openzaak',
            codeSoortObjectId: 'identificatie',
          },
        },
      };
    }
    return createBodies[resource](seed);
  }

  it('DELETE /onderwerpobjecten/{uuid}?cascade=true answers 200 with what was kept', async () => {
    const id = await create('onderwerpobjecten');
    const response = await call('delete', `/onderwerpobjecten/${id}?cascade=true`);
    expect(response.status).toBe(200);
    expect(spec.validate(jsonSchema(doc.paths['/onderwerpobjecten/{uuid}']!.delete!, 200)!, response.body, 'response')).toEqual([]);
  });

  for (const { path, method, op } of operations.filter((o) => o.path.includes('{uuid}'))) {
    it(`${method.toUpperCase()} ${path} answers 404 Fout for an unknown uuid`, async () => {
      const resource = path.split('/')[1] as ResourcePath;
      const body = method === 'patch' ? patchBodies[resource](seed) : method === 'put' ? createBodies[resource](seed) : undefined;
      const response = await call(method, path.replace('{uuid}', randomUUID()), body);
      expect(response.status).toBe(404);
      expect(spec.validate(FOUT, response.body, 'response')).toEqual([]);
      expect(op.responses).toBeDefined();
    });
  }

  for (const { path, method, op } of operations.filter((o) => o.method === 'post' && o.op.requestBody)) {
    it(`POST ${path} answers 400 ValidatieFout for a body that is not an object`, async () => {
      const response = await call(method, path, [42]);
      expect(response.status).toBe(400);
      expect(spec.validate(VALIDATIEFOUT, response.body, 'response')).toEqual([]);
      expect(op.requestBody).toBeDefined();
    });
  }

  const typed = (schema: Record<string, unknown> | undefined) =>
    schema && (schema.format || schema.enum || ['boolean', 'integer'].includes(String(schema.type)));
  for (const { path, op } of operations.filter((o) => o.method === 'get' && !o.path.includes('{uuid}'))) {
    const params = (op.parameters ?? []).filter((p) => p.in === 'query' && p.name !== 'expand' && typed(p.schema));
    if (params.length === 0) continue;
    it(`GET ${path} answers 400 ValidatieFout naming each bad typed filter`, async () => {
      for (const param of params) {
        const response = await call('get', `${path}?${param.name}=ongeldig%21`);
        expect(response.status, param.name).toBe(400);
        expect(spec.validate(VALIDATIEFOUT, response.body, 'response')).toEqual([]);
        expect((response.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toContain(param.name);
      }
    });
  }

  for (const { path, op } of operations.filter((o) => o.method === 'get')) {
    const expand = (op.parameters ?? []).find((p) => p.name === 'expand');
    if (!expand) continue;
    it(`GET ${path}?expand=… embeds every documented expansion under _expand`, async () => {
      const values = ((expand.schema?.items as { enum: string[] }).enum ?? []).join(',');
      const resource = path.split('/')[1] as ResourcePath;
      const url = path.replace('{uuid}', seed[resource] as string);
      const response = await call('get', `${url}?expand=${values}`);
      expect(response.status).toBe(200);
      expect(spec.validate(jsonSchema(op, 200)!, response.body, 'response')).toEqual([]);
      const item = (path.includes('{uuid}') ? response.body : (response.body as { results: unknown[] }).results[0]) as { _expand?: object };
      expect(item._expand).toBeDefined();
    });
  }

  it('rejects a BSN failing the elfproef or already taken, naming the nested field', async () => {
    const body = createBodies.partijen(seed) as { partijIdentificatoren: { partijIdentificator: { objectId: string } }[] };
    const taken = body.partijIdentificatoren[0]!.partijIdentificator.objectId;
    expect((await call('post', '/partijen', body)).status).toBe(201);
    const again = await call('post', '/partijen', body);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ invalidParams: [{ name: 'partijIdentificatoren.0.partijIdentificator', code: 'unique' }] });
    body.partijIdentificatoren[0]!.partijIdentificator.objectId = taken === '123456789' ? '123456788' : '123456789';
    const wrong = await call('post', '/partijen', body);
    expect(wrong.body).toMatchObject({
      invalidParams: [{ name: 'partijIdentificatoren.0.partijIdentificator.objectId', code: 'invalid' }],
    });
    const naam = { naam: 'Dubbel' };
    await call('post', '/categorieen', naam);
    const dubbel = await call('post', '/categorieen', naam);
    expect(dubbel.status).toBe(400);
    expect(spec.validate(VALIDATIEFOUT, dubbel.body, 'response')).toEqual([]);
  });

  it('answers 401 Fout without credentials and 403 Fout for a role without the right', async () => {
    const anonymous = await call('get', '/partijen', undefined, {});
    expect(anonymous.status).toBe(401);
    expect(spec.validate(FOUT, anonymous.body, 'response')).toEqual([]);
    const redacteur = await call('get', '/partijen', undefined, await t.token('redacteur'));
    expect(redacteur.status).toBe(403);
    expect(spec.validate(FOUT, redacteur.body, 'response')).toEqual([]);
  });

  it('names missing mandatory fields in invalidParams', async () => {
    const response = await call('post', '/klantcontacten', { onderwerp: 'Zonder kanaal' });
    expect(response.status).toBe(400);
    expect((response.body as { invalidParams: { name: string; code: string }[] }).invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'kanaal', code: 'required' }),
        expect.objectContaining({ name: 'taal', code: 'required' }),
      ]),
    );
  });
});
