import { sql } from 'kysely';
import { Type } from 'typebox';
import type { LoketDatabase } from '../db/database.ts';
import type { App } from './http.ts';

const tags = ['systeem'];

export function healthRoutes(app: App, database: LoketDatabase): void {
  app.get(
    '/health',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: { tags, summary: 'Leeft het proces?', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Kan Loket verzoeken afhandelen (database bereikbaar)?',
        response: {
          200: Type.Object({ status: Type.String(), database: Type.String() }),
          503: Type.Object({ status: Type.String(), database: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(database.db);
        return { status: 'ready', database: database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: database.kind });
      }
    },
  );
}
