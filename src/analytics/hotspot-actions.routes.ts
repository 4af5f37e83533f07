import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, Nullable, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { createHotspotTask, proactiveDraft } from './signals/hotspot-actions.ts';

const tags = ['analytics'];

const HotspotCellBody = Type.Object(
  {
    wijk: Type.String({ minLength: 1, maxLength: 50 }),
    category: Type.String({ minLength: 1, maxLength: 100 }),
    articleId: Nullable(Type.String({ minLength: 1, maxLength: 200 })),
    weekStart: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Maandag van de week, YYYY-MM-DD' }),
  },
  { additionalProperties: false },
);

/** The actions on a hotspot card: a task for the owning department, a draft proactive message. */
export function hotspotActionRoutes(app: App, db: Db): void {
  app.post(
    '/api/analytics/hotspots/taak',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Maak bij een hotspot een interne taak voor het team van de afdeling die over het onderwerp gaat',
        body: HotspotCellBody,
        response: {
          201: Type.Object({ interneTaakId: Type.String(), afdeling: Type.String(), teamId: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      requireContext(request, 'analytics:lezen');
      const ctx = requireContext(request, 'interne-taak:schrijven');
      const taak = await createHotspotTask(db, ctx, request.body);
      return reply.code(201).send(taak);
    },
  );

  app.post(
    '/api/analytics/hotspots/bericht',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Concept van een proactief bericht aan de inwoners van de wijk over het onderwerp (wordt niet verstuurd)',
        body: HotspotCellBody,
        response: { 200: Type.Object({ onderwerp: Type.String(), tekst: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'analytics:lezen');
      return proactiveDraft(db, request.body);
    },
  );
}
