import { Type } from 'typebox';
import type { Db } from '../../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import { queueWhatsappBericht } from './whatsapp-berichten.service.ts';

const tags = ['gesprekken'];
const Queued = Type.Object({ id: Type.String(), bezorgstatus: Type.String() });

const SjabloonBody = Type.Object(
  {
    naam: Type.String({ pattern: '^[a-z0-9_]{1,512}$', description: 'naam van het goedgekeurde sjabloon in WhatsApp Manager' }),
    taal: Type.String({ pattern: '^[a-z]{2,3}(_[A-Z]{2})?$', description: 'taalcode van het sjabloon, bv. nl of en_US' }),
    parameters: Type.Array(Type.String({ minLength: 1, maxLength: 1024 }), { maxItems: 20, default: [] }),
  },
  { additionalProperties: false },
);
const MediaBody = Type.Object(
  {
    soort: Type.Union([Type.Literal('image'), Type.Literal('document'), Type.Literal('audio'), Type.Literal('video')]),
    link: Type.String({ pattern: '^https://', maxLength: 2000 }),
    bijschrift: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false },
);

/** What only WhatsApp sends: approved templates (also outside the 24-hour window) and media by link. */
export function whatsappRoutes(app: App, { db, kickDelivery }: { db: Db; kickDelivery: () => void }): void {
  app.post(
    '/api/gesprekken/:id/sjabloon',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Een goedgekeurd WhatsApp-sjabloon versturen',
        params: IdParams,
        body: SjabloonBody,
        response: { 201: Queued, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await queueWhatsappBericht(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, {
        sjabloon: request.body,
      });
      kickDelivery();
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/gesprekken/:id/media',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Een afbeelding, document of geluid per link versturen (WhatsApp)',
        params: IdParams,
        body: MediaBody,
        response: { 201: Queued, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await queueWhatsappBericht(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, {
        media: request.body,
      });
      kickDelivery();
      return reply.status(201).send(result);
    },
  );
}
