import formbody from '@fastify/formbody';
import { Type, type Static } from 'typebox';
import { sameSecret } from '../../auth/secrets.ts';
import type { TelefoonConfig } from '../../config.ts';
import { replyToGesprek } from '../../conversations/gesprek-view.service.ts';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import type { Db } from '../../db/transaction.ts';
import { ErrorResponse, errorResponses, type App } from '../../platform/http.ts';
import { requireContext, type RequestContext } from '../../platform/principal.ts';
import { systemContext } from '../../platform/system-context.ts';
import { findCallOrThrow, handleCtiEvent } from './cti.service.ts';
import { CallNotStored, CtiSecretInvalid } from './telefoon.errors.ts';
import { addSegments, getTranscript } from './transcript.service.ts';

const tags = ['telefoon'];
const CTI_BODY_LIMIT = 16 * 1024;
const Agent = Type.Union([Type.String({ maxLength: 200 }), Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 })]);

/** Zammad's generic CTI payload, form-encoded or JSON; unknown extra fields are ignored. */
const CtiBody = Type.Object({
  event: Type.Union([Type.Literal('newCall'), Type.Literal('answer'), Type.Literal('hangup')]),
  callId: Type.String({ minLength: 1, maxLength: 200 }),
  from: Type.Optional(Type.String({ maxLength: 100 })),
  to: Type.Optional(Type.String({ maxLength: 100 })),
  direction: Type.Optional(Type.Union([Type.Literal('in'), Type.Literal('out')])),
  queue: Type.Optional(Type.String({ maxLength: 200 })),
  user: Type.Optional(Agent),
  'user[]': Type.Optional(Agent),
  agent: Type.Optional(Type.String({ maxLength: 200 })),
  cause: Type.Optional(Type.String({ maxLength: 100 })),
});
type CtiBody = Static<typeof CtiBody>;
const CtiResponse = Type.Object({ callId: Type.String(), status: Type.String(), herhaald: Type.Boolean() });
const CallParams = Type.Object({ callId: Type.String({ minLength: 1, maxLength: 200 }) });
const Segment = Type.Object(
  {
    speaker: Type.Union([Type.Literal('agent'), Type.Literal('klant')]),
    start: Type.Number({ minimum: 0, maximum: 86_400 }),
    end: Type.Number({ minimum: 0, maximum: 86_400 }),
    text: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

function agentOf(body: CtiBody): string | undefined {
  const value = body.agent ?? body.user ?? body['user[]'];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

export function telefoonRoutes(app: App, deps: { db: Db; pipeline: InboundPipeline; config: Pick<TelefoonConfig, 'ctiGeheimen'> }): void {
  const { db, pipeline } = deps;

  const systemBySecret = (geheim: string) => {
    const systeem = deps.config.ctiGeheimen.find((s) => sameSecret(geheim, s.geheim));
    if (!systeem) throw CtiSecretInvalid();
    return systemContext(`Telefonie: CTI-koppeling ${systeem.systeem}`);
  };
  const receive = async (body: CtiBody, ctx: RequestContext) =>
    handleCtiEvent(
      db,
      pipeline,
      ctx,
      {
        event: body.event,
        callId: body.callId,
        from: body.from,
        to: body.to,
        direction: body.direction,
        queue: body.queue,
        agent: agentOf(body),
        cause: body.cause,
      },
      JSON.stringify(body),
    );

  // Telephone systems post form-encoded bodies; the parser is registered for these routes only.
  app.register(async (scope: App) => {
    await scope.register(formbody, { bodyLimit: CTI_BODY_LIMIT });

    scope.post(
      '/api/telefoon/cti',
      {
        config: { toegang: 'klantcontact:schrijven', sleutelHeader: 'x-loket-cti-secret', persoonsgegevens: true },
        bodyLimit: CTI_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'CTI-webhook van de telefooncentrale (newCall, answer, hangup), met een API-token (rol kcc) of het geheim uit TELEFOON_CTI_GEHEIMEN in X-Loket-CTI-Secret',
          headers: Type.Object({ 'x-loket-cti-secret': Type.Optional(Type.String({ maxLength: 200 })) }),
          body: CtiBody,
          response: { 200: CtiResponse, 409: ErrorResponse, ...errorResponses },
        },
      },
      async (request) => {
        const geheim = request.headers['x-loket-cti-secret'];
        return receive(
          request.body,
          typeof geheim === 'string' ? systemBySecret(geheim) : requireContext(request, 'klantcontact:schrijven'),
        );
      },
    );

    scope.post(
      '/api/telefoon/cti/:geheim',
      {
        config: { toegang: 'sleutel', persoonsgegevens: true },
        bodyLimit: CTI_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Verouderd: CTI-webhook met het geheim in de URL, voor centrales die geen header kunnen meesturen (gebruik X-Loket-CTI-Secret)',
          description:
            'Het geheim in de URL komt in logbestanden van proxies terecht; Loket schrijft de URL zonder geheim in zijn eigen log.',
          deprecated: true,
          security: [],
          params: Type.Object({ geheim: Type.String({ maxLength: 200 }) }),
          body: CtiBody,
          response: { 200: CtiResponse, 409: ErrorResponse, ...errorResponses },
        },
      },
      async (request) => receive(request.body, systemBySecret(request.params.geheim)),
    );
  });

  app.post(
    '/api/telefoon/gesprekken/:callId/notities',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Een notitie bij een telefoongesprek',
        params: CallParams,
        body: Type.Object({ tekst: Type.String({ minLength: 1, maxLength: 20_000 }) }, { additionalProperties: false }),
        response: {
          201: Type.Object({ id: Type.String(), gesprekId: Type.String(), inhoud: Type.String(), verzondenOp: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'klantcontact:schrijven');
      const call = await findCallOrThrow(db, request.params.callId);
      if (!call.gesprek_id) throw CallNotStored();
      const bericht = await replyToGesprek(db, ctx, call.gesprek_id, { tekst: request.body.tekst, soort: 'notitie' });
      return reply
        .status(201)
        .send({ id: bericht.id, gesprekId: call.gesprek_id, inhoud: bericht.inhoud, verzondenOp: bericht.verzondenOp });
    },
  );

  app.post(
    '/api/telefoon/gesprekken/:callId/transcript',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary:
          'Transcriptdelen van spraak-naar-tekst (live of na afloop); een deel met hetzelfde begin en dezelfde spreker telt één keer',
        params: CallParams,
        body: Type.Object({ segmenten: Type.Array(Segment, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ opgeslagen: Type.Integer(), alBekend: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => addSegments(db, requireContext(request, 'klantcontact:schrijven'), request.params.callId, request.body.segmenten),
  );

  app.get(
    '/api/telefoon/gesprekken/:callId/transcript',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Het transcript van een telefoongesprek, op volgorde',
        params: CallParams,
        response: {
          200: Type.Object({ callId: Type.String(), gesprekId: Type.Union([Type.String(), Type.Null()]), segmenten: Type.Array(Segment) }),
          ...errorResponses,
        },
      },
    },
    async (request) => getTranscript(db, requireContext(request, 'klantcontact:lezen'), request.params.callId),
  );
}
