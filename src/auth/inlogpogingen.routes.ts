import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { throttledKeys } from '../platform/throttle.ts';
import { ACCOUNT_PREFIX, ADRES_PREFIX, LOGIN_ACCOUNT, LOGIN_ADRES } from './login-throttle.ts';

const Uitkomst = Type.Union([Type.Literal('gelukt'), Type.Literal('mislukt'), Type.Literal('geweigerd')]);
const Geremd = Type.Array(Type.Object({ sleutel: Type.String(), pogingen: Type.Integer(), wachtTot: Type.String() }));

const Query = Type.Object(
  {
    gebruikersnaam: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    adres: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    uitkomst: Type.Optional(Uitkomst),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
  },
  { additionalProperties: false },
);

const Response = Type.Object({
  /** Accounts and addresses whose next attempt must wait now. */
  geremd: Type.Object({ accounts: Geremd, adressen: Geremd }),
  pogingen: Type.Array(Type.Object({ tijdstip: Type.String(), gebruikersnaam: Type.String(), adres: Type.String(), uitkomst: Uitkomst })),
});

/** Login attempts and the throttles now running, so a beheerder sees a guessing attack. */
export function inlogpogingenRoutes(app: App, db: Db): void {
  app.get(
    '/api/beheer/inlogpogingen',
    {
      config: { toegang: 'medewerker:beheren', persoonsgegevens: false },
      schema: {
        tags: ['beheer'],
        summary: 'Inlogpogingen (nieuwste eerst) en de accounts en adressen die nu moeten wachten',
        querystring: Query,
        response: { 200: Response, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'medewerker:beheren');
      const { gebruikersnaam, adres, uitkomst, limit } = request.query;
      let query = db
        .selectFrom('inlogpoging')
        .select(['tijdstip', 'gebruikersnaam', 'adres', 'uitkomst'])
        .orderBy('id', 'desc')
        .limit(limit);
      if (gebruikersnaam) query = query.where('gebruikersnaam', '=', gebruikersnaam.trim().toLowerCase());
      if (adres) query = query.where('adres', '=', adres);
      if (uitkomst) query = query.where('uitkomst', '=', uitkomst);
      const now = app.clock.now();
      const iso = (rows: Awaited<ReturnType<typeof throttledKeys>>) => rows.map((r) => ({ ...r, wachtTot: r.wachtTot.toISOString() }));
      return {
        geremd: {
          accounts: iso(await throttledKeys(db, ACCOUNT_PREFIX, LOGIN_ACCOUNT, now)),
          adressen: iso(await throttledKeys(db, ADRES_PREFIX, LOGIN_ADRES, now)),
        },
        pogingen: (await query.execute()).map((row) => ({ ...row, tijdstip: new Date(row.tijdstip).toISOString() })),
      };
    },
  );
}
