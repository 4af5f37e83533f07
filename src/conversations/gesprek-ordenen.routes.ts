import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { labelsInUse, MAX_LABEL_LENGTH, MAX_LABELS, setGesprekLabels } from './gesprek-labels.ts';
import { MAX_SLUIMER_DAGEN, sluimerGesprek, wekGesprek } from './gesprek-sluimeren.ts';

const tags = ['gesprekken'];

/** Ordering the inbox (issue 16): labels on a gesprek, and snoozing it until a moment. */
export function gesprekOrdenenRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/labels',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Labels die op gesprekken staan, met hoe vaak (meest gebruikt eerst)',
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ results: Type.Array(Type.Object({ label: Type.String(), aantal: Type.Integer() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'klantcontact:lezen');
      return { results: await labelsInUse(db, request.query.limit) };
    },
  );

  app.put(
    '/api/gesprekken/:id/labels',
    {
      config: { toegang: 'gesprek:ordenen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Vervang de labels van een gesprek',
        description: `Vrije tekst; opgeslagen zonder spaties aan de randen en in kleine letters, dubbele vallen weg. Hoogstens ${MAX_LABELS} labels van elk hoogstens ${MAX_LABEL_LENGTH} tekens.`,
        params: IdParams,
        body: Type.Object(
          { labels: Type.Array(Type.String({ minLength: 1, maxLength: MAX_LABEL_LENGTH }), { maxItems: MAX_LABELS }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ labels: Type.Array(Type.String()) }), ...errorResponses },
      },
    },
    async (request) => ({
      labels: await setGesprekLabels(db, requireContext(request, 'gesprek:ordenen'), request.params.id, request.body.labels),
    }),
  );

  app.post(
    '/api/gesprekken/:id/sluimeren',
    {
      config: { toegang: 'gesprek:ordenen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Laat een gesprek sluimeren: het verdwijnt uit de inbox tot het gekozen moment',
        description: `\`tot\` ligt in de toekomst en hoogstens ${MAX_SLUIMER_DAGEN} dagen vooruit. Een nieuw bericht van de inwoner wekt het gesprek eerder.`,
        params: IdParams,
        body: Type.Object({ tot: Type.String({ format: 'date-time' }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ gesluimerdTot: Type.String() }), 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => ({
      gesluimerdTot: await sluimerGesprek(db, requireContext(request, 'gesprek:ordenen'), app.clock, request.params.id, request.body.tot),
    }),
  );

  app.delete(
    '/api/gesprekken/:id/sluimeren',
    {
      config: { toegang: 'gesprek:ordenen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Wek een sluimerend gesprek: het staat meteen weer in de inbox',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await wekGesprek(db, requireContext(request, 'gesprek:ordenen'), app.clock, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
