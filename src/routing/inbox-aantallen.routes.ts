import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { NotAnAgent } from './inbox.errors.ts';
import { wachtendVoor } from './inbox.queries.ts';

const MAX = 500;

/**
 * The badge beside Inbox and the tab title, asked again after each live event: how many
 * gesprekken wait for me, with their ids and channels to spot new work. No names, subjects or
 * texts, so no processing-log entry per event (GET /api/inbox writes one).
 */
export function inboxAantallenRoutes(app: App, db: Db): void {
  app.get(
    '/api/inbox/aantallen',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags: ['routering'],
        summary: 'Hoeveel gesprekken op mij wachten (voor de teller bij Inbox); zonder persoonsgegevens',
        response: {
          200: Type.Object({
            wachtend: Type.Integer({ description: `Aantal; de lijst telt er hoogstens ${MAX}` }),
            gesprekken: Type.Array(Type.Object({ id: Type.String(), kanaal: Type.String() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { principal } = requireContext(request, 'klantcontact:lezen');
      if (principal.kind !== 'medewerker') throw NotAnAgent();
      const gesprekken = await wachtendVoor(db, principal.id, MAX, app.clock.now());
      return { wachtend: gesprekken.length, gesprekken };
    },
  );
}
