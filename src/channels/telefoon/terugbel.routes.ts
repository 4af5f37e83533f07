import { Type } from 'typebox';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import type { Db } from '../../db/transaction.ts';
import { errorResponses, type App } from '../../platform/http.ts';
import { publicThrottle } from '../../platform/throttle.ts';
import { TIJDZONE } from './openingstijden.ts';
import { aangebodenTijdvakken, requestCallback, type TerugbelConfig } from './terugbel.service.ts';

const tags = ['telefoon'];
const Tijdvak = Type.Object({ begin: Type.String(), eind: Type.String() });
const TerugbelResponse = Type.Object({
  status: Type.Union([Type.Literal('verwerkt'), Type.Literal('ontvangen')]),
  kenmerk: Type.Union([Type.String(), Type.Null()]),
  tijdvak: Tijdvak,
});

export function terugbelRoutes(app: App, deps: { db: Db; pipeline: InboundPipeline; config: TerugbelConfig }): void {
  app.get(
    '/api/terugbelverzoeken/tijdvakken',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'De tijdvakken waarin de gemeente kan terugbellen (openbaar, voor de website)',
        security: [],
        response: { 200: Type.Object({ tijdzone: Type.String(), tijdvakken: Type.Array(Tijdvak) }), ...errorResponses },
      },
    },
    async () => ({ tijdzone: TIJDZONE, tijdvakken: aangebodenTijdvakken(deps.config, app.clock.now()) }),
  );

  app.post(
    '/api/terugbelverzoeken',
    {
      config: { toegang: 'openbaar', persoonsgegevens: true },
      bodyLimit: 16 * 1024,
      onRequest: publicThrottle(deps.db, app.clock, 'terugbellen'),
      schema: {
        tags,
        summary: 'Vraag om teruggebeld te worden (openbaar); wordt een interne taak voor het telefonieteam',
        security: [],
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,200}$' })) }),
        body: Type.Object(
          {
            naam: Type.String({ minLength: 1, maxLength: 200 }),
            telefoonnummer: Type.String({ minLength: 1, maxLength: 30 }),
            tijdvak: Type.String({ format: 'date-time', description: 'Het begin van een aangeboden tijdvak' }),
            vraag: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: TerugbelResponse, 201: TerugbelResponse, 202: TerugbelResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await requestCallback(
        deps.db,
        deps.pipeline,
        deps.config,
        request.body,
        request.headers['idempotency-key'],
        app.clock.now(),
      );
      return reply
        .status(result.status === 'ontvangen' ? 202 : result.nieuw ? 201 : 200)
        .send({ status: result.status, kenmerk: result.kenmerk, tijdvak: result.tijdvak });
    },
  );
}
