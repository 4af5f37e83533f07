import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { createApiToken } from '../auth/api-tokens.ts';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { loadConfig, type Config } from '../config.ts';
import type { LoketDatabase } from '../db/database.ts';
import type { App } from '../platform/http.ts';
import type { Rol } from '../platform/roles.ts';
import { createTestDatabase } from './test-database.ts';

export interface Session {
  cookie: string;
  csrfToken: string;
  medewerkerId: string;
  actorId: string;
  headers: Record<string, string>;
}

export interface TestApp {
  app: App;
  database: LoketDatabase;
  config: Config;
  /** Creates a medewerker with the given roles and logs in through the real login route. */
  login(rollen: Rol[], gebruikersnaam?: string): Promise<Session>;
  /** Creates an API token with one role; returns headers that authenticate with it. */
  token(rol: Rol): Promise<Record<string, string>>;
  close(): Promise<void>;
}

let counter = 0;
export const TEST_PASSWORD = 'een-lang-testwachtwoord';

export interface TestAppOptions {
  overrides?: Partial<Parameters<typeof buildApp>[0]>;
  /** Adds test-only routes or hooks before the app is sealed. */
  extend?: (app: App) => void;
}

export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOKET_DEMO: 'false', ...env });
  const app = await buildApp({ database, config, logger: false, backgroundJobs: false, ...options.overrides });
  options.extend?.(app);
  await app.ready();
  return {
    app,
    database,
    config,
    async login(rollen, gebruikersnaam = `medewerker${++counter}`) {
      const { id, actorId } = await createMedewerker(database.db, {
        gebruikersnaam,
        naam: `Test ${gebruikersnaam}`,
        wachtwoord: TEST_PASSWORD,
        rollen,
        teams: ['KCC'],
      });
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { gebruikersnaam, wachtwoord: TEST_PASSWORD } });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const cookie = sessionCookie(response);
      const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
      return { cookie, csrfToken, medewerkerId: id, actorId, headers: { cookie, 'x-csrf-token': csrfToken } };
    },
    async token(rol) {
      const { key } = await createApiToken(database.db, `koppeling-${++counter}`, rol);
      return { authorization: `Token ${key}` };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'loket_sessie');
  if (!cookie) throw new Error('no session cookie');
  return `loket_sessie=${cookie.value}`;
}

/** Number of processing-log entries that touched an object. */
export async function logCount(database: LoketDatabase, objectId: string, handeling?: string): Promise<number> {
  let query = database.db
    .selectFrom('verwerkt_object')
    .innerJoin('verwerkingsactie', 'verwerkingsactie.id', 'verwerkt_object.verwerkingsactie_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('verwerkt_object.object_id', '=', objectId);
  if (handeling) query = query.where('verwerkingsactie.handeling_naam', '=', handeling);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * The partij a gesprek is linked to, as stored. A kcc agent's view leaves it out until the caller
 * is verified, so tests about linking read it here.
 */
export async function gesprekPartijId(database: LoketDatabase, gesprekId: string): Promise<string | null> {
  return (await database.db.selectFrom('gesprek').select('partij_id').where('id', '=', gesprekId).executeTakeFirstOrThrow()).partij_id;
}
