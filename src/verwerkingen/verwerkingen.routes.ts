import { Type, type Static } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { findVerwerkingen } from './verwerkingen.queries.ts';

const tags = ['verwerkingenlogging'];

const Verwerkingsactie = Type.Object({
  actieId: Type.String(),
  actieNaam: Type.String(),
  handelingNaam: Type.String(),
  verwerkingNaam: Type.String(),
  verwerkingId: Type.String(),
  vertrouwelijkheid: Type.String(),
  bewaartermijn: Type.String(),
  gebruiker: Type.String(),
  gebruikerNaam: Type.String(),
  rol: Type.String(),
  doel: Type.String(),
  systeem: Type.String(),
  tijdstip: Type.String(),
  tijdstipRegistratie: Type.String(),
  verwerkteObjecten: Type.Array(
    Type.Object({
      objecttype: Type.String(),
      soortObjectId: Type.String(),
      objectId: Type.String(),
      betrokkenheid: Type.String(),
      verwerkteSoortenGegevens: Type.Array(Type.Object({ soortGegeven: Type.String() })),
    }),
  ),
});
type Verwerkingsactie = Static<typeof Verwerkingsactie>;

const Filter = Type.Object(
  {
    objecttype: Type.Optional(Type.String({ maxLength: 50 })),
    objectId: Type.Optional(Type.String({ maxLength: 200 })),
    gebruiker: Type.Optional(Type.String({ maxLength: 200 })),
    van: Type.Optional(Type.String({ format: 'date-time' })),
    tot: Type.Optional(Type.String({ format: 'date-time' })),
    doel: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Deel van het doel, hoofdletters maken niet uit' })),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
    offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0, description: 'Sla zoveel resultaten over (bladeren)' }),
  },
  { additionalProperties: false },
);

type Row = Awaited<ReturnType<typeof findVerwerkingen>>[number];

/** The log in the field names of the VNG Verwerkingenlogging API. */
function toVerwerkingsactie({ actie, objecten }: Row): Verwerkingsactie {
  return {
    actieId: actie.id,
    actieNaam: actie.actie_naam,
    handelingNaam: actie.handeling_naam,
    verwerkingNaam: actie.verwerking_naam,
    verwerkingId: actie.verwerking_id,
    vertrouwelijkheid: actie.vertrouwelijkheid,
    bewaartermijn: actie.bewaartermijn,
    gebruiker: actie.gebruiker,
    gebruikerNaam: actie.gebruiker_naam,
    rol: actie.rol,
    doel: actie.doel,
    systeem: actie.systeem,
    tijdstip: new Date(actie.tijdstip).toISOString(),
    tijdstipRegistratie: new Date(actie.tijdstip_registratie).toISOString(),
    verwerkteObjecten: objecten.map((o) => ({
      objecttype: o.objecttype,
      soortObjectId: o.soort_object_id,
      objectId: o.object_id,
      betrokkenheid: o.betrokkenheid,
      verwerkteSoortenGegevens: (o.verwerkte_soorten_gegevens as string[]).map((soortGegeven) => ({ soortGegeven })),
    })),
  };
}

export function verwerkingenRoutes(app: App, db: Db): void {
  app.get(
    '/api/verwerkingen',
    {
      config: { toegang: 'verwerkingslog:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Zoek in de verwerkingenlogging',
        querystring: Filter,
        response: {
          200: Type.Object({
            results: Type.Array(Verwerkingsactie),
            meer: Type.Boolean({ description: 'Er zijn meer resultaten na deze bladzijde (offset + limit)' }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'verwerkingslog:lezen');
      // One row past the page tells whether there is a next page without counting the whole log.
      const rows = await findVerwerkingen(db, { ...request.query, limit: request.query.limit + 1 });
      return { results: rows.slice(0, request.query.limit).map(toVerwerkingsactie), meer: rows.length > request.query.limit };
    },
  );

  app.get(
    '/api/verwerkingen/export/partij/:id',
    {
      config: { toegang: 'verwerkingslog:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Export van alle verwerkingen van één persoon (inzageverzoek, AVG art. 15)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({ partijId: Type.String(), gegenereerdOp: Type.String(), verwerkingen: Type.Array(Verwerkingsactie) }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      requireContext(request, 'verwerkingslog:lezen');
      const rows = await findVerwerkingen(db, { objecttype: 'partij', objectId: request.params.id, limit: 100_000 });
      reply.header('content-disposition', `attachment; filename="verwerkingen-${request.params.id}.json"`);
      return { partijId: request.params.id, gegenereerdOp: new Date().toISOString(), verwerkingen: rows.map(toVerwerkingsactie) };
    },
  );
}
