import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { defineError } from '../platform/errors.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { legGesprekkenTerug } from './herverdelen.ts';

const MedewerkerOnbekend = defineError('LOKET_MEDEWERKER_ONBEKEND', 404, 'Die medewerker bestaat niet.', 'That medewerker does not exist.');

export function herverdelenRoutes(app: App, { db, kickRouting }: { db: Db; kickRouting: () => void }): void {
  app.post(
    '/api/teamleider/medewerkers/:id/gesprekken-teruggeven',
    {
      config: { toegang: 'teamleider:overzicht', persoonsgegevens: false },
      schema: {
        tags: ['routering'],
        summary:
          'Teamleider: leg alle open gesprekken van een medewerker terug in de wachtrij, zodat de routering ze aan beschikbare collega’s geeft',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ teruggelegd: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'teamleider:overzicht');
      const medewerker = await db.selectFrom('medewerker').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!medewerker) throw MedewerkerOnbekend();
      const teruggelegd = await legGesprekkenTerug(db, ctx, medewerker.id);
      if (teruggelegd > 0) kickRouting();
      return { teruggelegd };
    },
  );
}
