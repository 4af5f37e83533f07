import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { seededRandom } from '../seeded-random.ts';

/**
 * Walks the OpenAPI document and sends every operation malformed, oversized, control-character
 * and wrong-type input, signed in (a medewerker with every role, beheerder included) and
 * anonymously. No answer may be a 5xx, except a 502/503 the document itself announces (a back
 * office that cannot be reached). Seeded, so a failure replays; bounded, so it stays fast.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
};
type Operation = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, unknown>;
};

// FUZZ_SEED explores other inputs by hand; the suite always runs the fixed seed.
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const VARIANTS_SIGNED_IN = 8;
const VARIANTS_ANONYMOUS = 2;

function random(seed: number) {
  const next = seededRandom(seed);
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}
type Rng = ReturnType<typeof random>;

const EVIL: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u0001'.repeat(1500),
  'x'.repeat(100_000),
  '',
  ' ',
  '0000-01-01',
  '9999-99-99T99:99:99Z',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%00',
  -1,
  0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  1.5,
  true,
  null,
  {},
  [],
  [null],
  { a: { b: { c: {} } } },
];
const EVIL_PATH = [
  'x',
  '%00',
  '%ED%A0%80',
  'a'.repeat(300),
  '..%2F..%2Fetc%2Fpasswd',
  '00000000-0000-0000-0000-000000000000',
  '%F0%9F%98%80',
];

function sample(schema: Schema | undefined, rng: Rng, ids: string[], depth = 0): unknown {
  if (!schema || depth > 6) return 'tekst';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return sample(rng.pick(union), rng, ids, depth + 1);
  const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return rng.pick(ids);
      if (schema.format === 'date') return '2026-03-01';
      if (schema.format === 'date-time') return '2026-03-01T10:00:00Z';
      if (schema.format === 'email') return 'fuzz@example.nl';
      if (schema.format === 'uri') return 'https://example.org/pagina';
      return 'tekst';
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return [sample(schema.items, rng, ids, depth + 1)];
    case 'object':
    case undefined: {
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(name) || rng.next() < 0.5) out[name] = sample(property, rng, ids, depth + 1);
      }
      return out;
    }
    default:
      return 'tekst';
  }
}

/** One leaf (or the whole value) replaced by something evil. */
function mutate(value: unknown, rng: Rng): unknown {
  if (value && typeof value === 'object' && rng.next() < 0.85) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length > 0) {
      const [key, inner] = rng.pick(entries);
      const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
      (copy as Record<string, unknown>)[key] = mutate(inner, rng);
      return copy;
    }
  }
  return rng.pick(EVIL);
}

function body(operation: Operation, rng: Rng, ids: string[]): { payload: string; contentType: string } | undefined {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (!operation.requestBody) return undefined;
  const roll = rng.next();
  if (roll < 0.08) return { payload: '{"onaf":', contentType: 'application/json' };
  if (roll < 0.12) return { payload: 'geen json\u0000', contentType: 'text/plain' };
  if (roll < 0.16) return { payload: 'a=%00&b[]=1&b[x]=2', contentType: 'application/x-www-form-urlencoded' };
  return { payload: JSON.stringify(mutate(sample(schema, rng, ids), rng)), contentType: 'application/json' };
}

// A lone surrogate cannot be percent-encoded as UTF-8; its bytes as a broken sequence are the next best thing.
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

function url(path: string, operation: Operation, rng: Rng, ids: string[]): string {
  const filled = path.replace(/\{[^}]+\}/g, () => (rng.next() < 0.6 ? rng.pick(ids) : rng.pick(EVIL_PATH)));
  const query = (operation.parameters ?? []).filter((p) => p.in === 'query' && rng.next() < 0.6);
  if (query.length === 0) return filled;
  const values = query.map((p) => {
    const value = rng.next() < 0.5 ? sample(p.schema, rng, ids) : mutate('x', rng);
    return `${encode(p.name)}=${encode(typeof value === 'string' ? value : JSON.stringify(value))}`;
  });
  return `${filled}?${values.join('&')}`;
}

describe('fuzzing every route of the OpenAPI document', () => {
  let t: TestApp;
  let session: Session;
  const ids: string[] = ['00000000-0000-4000-8000-000000000000'];

  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    session = await t.login(['beheerder', 'kcc', 'backoffice', 'teamleider', 'redacteur']);
    // Real ids, so some requests get past "not found" into the handlers.
    const partij = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: session.headers,
        payload: persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'fuzz@example.nl' }] }),
      })
    ).json<{ id: string }>();
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<fuzz@example.nl>',
      afzender: { soort: 'email', adres: 'fuzz@example.nl' },
      draad: {},
      onderwerp: 'Fuzz',
      tekst: 'Fuzz',
    });
    ids.push(partij.id, processed!.gesprekId, processed!.berichtId, session.medewerkerId, session.actorId);
    if (processed!.klantcontactId) ids.push(processed!.klantcontactId);
  });
  afterAll(() => t.close());

  it('answers no malformed request with a 5xx, and stays healthy', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    const rng = random(SEED);
    const failures: string[] = [];
    let sent = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method) || path === '/api/auth/logout') continue;
        const announced: string[] = Object.keys(operation.responses ?? {}).filter((code) => code === '502' || code === '503');
        for (const signedIn of [true, false]) {
          for (let v = 0; v < (signedIn ? VARIANTS_SIGNED_IN : VARIANTS_ANONYMOUS); v++) {
            const target = url(path, operation, rng, ids);
            const sentBody = body(operation, rng, ids);
            const headers: Record<string, string> = {
              ...(signedIn ? session.headers : {}),
              ...(sentBody ? { 'content-type': sentBody.contentType } : {}),
            };
            const response = await t.app.inject({
              method: method.toUpperCase() as 'GET',
              url: target,
              headers,
              ...(sentBody ? { payload: sentBody.payload } : {}),
            });
            sent++;
            if (response.statusCode >= 500 && !announced.includes(String(response.statusCode))) {
              failures.push(
                `${method.toUpperCase()} ${target.slice(0, 200)} ${sentBody?.payload.slice(0, 200) ?? ''} → ${response.statusCode} ${response.body.slice(0, 200)}`,
              );
            }
          }
        }
      }
    }
    console.info(`fuzz: ${sent} requests, ${failures.length} with a 5xx`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(500);
    expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers })).statusCode).toBe(200);
  });

  it('also survives odd characters in the hidden citizen form and the CTI form posts', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/formulieren/contactformulier',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'naam=%00&email=a%00%40b.nl&vraag=%01%02%00&_idempotentie=%00',
    });
    expect(form.statusCode).toBeLessThan(500);
    const cti = await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/cti',
      headers: { ...(await t.token('kcc')), 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'event=newCall&callId=%00%01&from=%00',
    });
    expect(cti.statusCode).toBeLessThan(500);
  });
});
