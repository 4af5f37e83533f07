import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operaties, type Operaties } from '../test/openapi-operaties.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { ROLES, type Rol } from './roles.ts';
import { ANONIEM, type Aanroeper } from './toegang.ts';
import { KiNietInSessie } from '../klantinteracties/ki-toegang.ts';

/**
 * Generated from the OpenAPI document: every operation says who may call it (`x-rollen`) and
 * whether it processes personal data (`x-persoonsgegevens`), and for every operation and every
 * role (and a caller who is not signed in) the answer is 401/403 exactly when the role is not
 * listed. The marks come from the same declaration that the access check enforces
 * (src/platform/toegang.ts), and this test holds them to what the server really does.
 */
/**
 * Where a listed role may still be refused by a finer check in the service, and with which code.
 * Keep this list short: each entry is a rule of the domain, not a gap in the marks.
 */
const FINER_CHECKS: Record<string, { rol: Rol; code: string }> = {
  // A kcc agent sees zaken only with ?gesprek= naming a gesprek whose caller is verified as the partij.
  'GET /api/partijen/{id}/zaken': { rol: 'kcc', code: 'LOKET_FORBIDDEN' },
};

/**
 * The Klantinteracties and Contactgegevens APIs are for integrations: their operations are marked for the
 * roles a token may have, but a session without a back-office or team-lead role is refused
 * (src/klantinteracties/ki-toegang.ts), in the APIs' own error shape.
 */
const isKi = (path: string) => path.startsWith('/klantinteracties/api/v1/') || path.startsWith('/contactgegevens/api/v1/');

/** Path parameters become random uuids (or a word where the parameter is not an id): a 404 is fine. */
function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    name === 'transitie' ? 'afsluiten' : name === 'versie' ? '1' : crypto.randomUUID(),
  );
}

describe('route access marks', () => {
  let t: TestApp;
  let ops: Operaties;
  const sessions = new Map<Rol, Session>();

  beforeAll(async () => {
    t = await createTestApp();
    ops = await operaties(t);
    for (const rol of ROLES) sessions.set(rol, await t.login([rol]));
  }, 120_000);
  afterAll(() => t.close());

  it('marks every operation with its roles and whether it processes personal data', () => {
    const unmarked = ops
      .filter(({ op }) => !Array.isArray(op['x-rollen']) || typeof op['x-persoonsgegevens'] !== 'boolean')
      .map(({ method, path }) => `${method} ${path}`);
    expect(unmarked).toEqual([]);
    expect(ops.length).toBeGreaterThan(200);
    const known = new Set<string>([ANONIEM, ...ROLES]);
    for (const { op } of ops) for (const rol of op['x-rollen'] as string[]) expect(known.has(rol)).toBe(true);
    console.info(
      `toegang: ${ops.length} operations marked, ${ops.filter(({ op }) => op['x-persoonsgegevens'] === true).length} with personal data`,
    );
  });

  it('answers 401/403 exactly to the roles an operation does not list (role × route matrix)', async () => {
    const wrong: string[] = [];
    let requests = 0;
    for (const { method, path, op } of ops) {
      const allowed = op['x-rollen'] as Aanroeper[];
      for (const caller of [ANONIEM, ...ROLES] as Aanroeper[]) {
        // Logging out ends the session; it gets a session of its own.
        const session = caller === ANONIEM ? undefined : path === '/api/auth/logout' ? await t.login([caller]) : sessions.get(caller);
        const response = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url: fill(path),
          headers: session?.headers ?? {},
          ...(method === 'get' || method === 'delete' ? {} : { payload: {} }),
        });
        requests++;
        const refused = response.statusCode === 401 || response.statusCode === 403;
        const mayCall = allowed.includes(caller);
        // A route with its own credential (no role listed: a webhook signature, the CTI secret, a chat
        // session) lets no role through without it; lacking it is a 400 (a required parameter), 401 or
        // 404 (an unknown channel or secret is not told apart from a wrong one).
        const ownCredential = allowed.length === 0 && response.statusCode >= 400 && response.statusCode < 500;
        const finer = FINER_CHECKS[`${method.toUpperCase()} ${path}`];
        const finerRefusal =
          (finer?.rol === caller &&
            response.statusCode === 403 &&
            response.json<{ error: { code: string } }>().error.code === finer.code) ||
          (caller === 'kcc' &&
            isKi(path) &&
            response.statusCode === 403 &&
            response.json<{ detail: string }>().detail === KiNietInSessie().messages.nl);
        if (mayCall === refused && !ownCredential && !finerRefusal)
          wrong.push(
            `${method.toUpperCase()} ${path} as ${caller}: ${response.statusCode} ${response.body.slice(0, 120)}${mayCall ? '' : ' (not listed)'}`,
          );
        if (!mayCall && refused && allowed.length > 0) expect(response.statusCode).toBe(caller === ANONIEM ? 401 : 403);
      }
    }
    console.info(`toegang: role × route matrix, ${ops.length} operations × ${ROLES.length + 1} callers = ${requests} requests`);
    expect(wrong).toEqual([]);
  }, 600_000);
});
