import { randomBytes } from 'node:crypto';
import formbody from '@fastify/formbody';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import type { Db } from '../../db/transaction.ts';
import { LoketError } from '../../platform/errors.ts';
import { ErrorResponse, errorResponses, type App } from '../../platform/http.ts';
import { publicThrottle } from '../../platform/throttle.ts';
import { requireContext } from '../../platform/principal.ts';
import { bevestigingPagina, contentSecurityPolicy, formulierPagina, foutPagina } from './formulier-html.ts';
import { InzendingOngeldig } from './formulieren.errors.ts';
import * as formulieren from './formulieren.service.ts';

const tags = ['formulieren'];
/** Public submissions are small; a tighter limit than the API's 1 MB keeps abuse cheap. */
export const INZENDING_BODY_LIMIT = 64 * 1024;
const IdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$' }) });
const TOKEN = /^[A-Za-z0-9_-]{10,100}$/;

const FormulierBody = Type.Object(
  {
    titel: Type.String({ minLength: 1, maxLength: 200 }),
    omschrijving: Type.Optional(Type.String({ maxLength: 2000 })),
    bevestiging: Type.Optional(Type.String({ maxLength: 2000 })),
    definitie: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema (draft-07) van een object; zie README' }),
    actief: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const FormulierResponse = Type.Object({
  id: Type.String(),
  titel: Type.String(),
  omschrijving: Type.Union([Type.String(), Type.Null()]),
  bevestiging: Type.Union([Type.String(), Type.Null()]),
  definitie: Type.Record(Type.String(), Type.Unknown()),
  actief: Type.Boolean(),
  gewijzigdOp: Type.String(),
});
const InzendingResponse = Type.Object({
  status: Type.Union([Type.Literal('verwerkt'), Type.Literal('ontvangen')]),
  kenmerk: Type.Union([Type.String(), Type.Null()]),
  bevestiging: Type.String(),
});

function sendHtml(reply: FastifyReply, status: number, nonce: string, html: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', contentSecurityPolicy(nonce))
    .header('cache-control', 'no-store')
    .send(html);
}

const newNonce = () => randomBytes(16).toString('base64');
const newToken = () => randomBytes(18).toString('base64url');

export function formulierenRoutes(app: App, deps: { db: Db; pipeline: InboundPipeline }): void {
  const { db, pipeline } = deps;

  app.get(
    '/api/formulieren',
    {
      config: { toegang: 'formulier:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Alle formulieren (beheer)',
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                ...FormulierResponse.properties,
                inzendingen: Type.Integer({ description: 'Ontvangen inzendingen (zolang de bewaartermijn ze bewaart)' }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'formulier:beheren');
      return { results: await formulieren.listFormulieren(db) };
    },
  );

  app.post(
    '/api/formulieren',
    {
      config: { toegang: 'formulier:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Maak een formulier, gedefinieerd als JSON Schema (beheer)',
        body: Type.Object({ id: IdParams.properties.id, ...FormulierBody.properties }, { additionalProperties: false }),
        response: { 201: FormulierResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'formulier:beheren');
      const { id, ...input } = request.body;
      return reply.status(201).send(await formulieren.createFormulier(db, id, input));
    },
  );

  app.get(
    '/api/formulieren/:id',
    {
      config: { toegang: 'formulier:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Eén formulier met zijn definitie (beheer)',
        params: IdParams,
        response: { 200: FormulierResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'formulier:beheren');
      return formulieren.getFormulier(db, request.params.id);
    },
  );

  app.put(
    '/api/formulieren/:id',
    {
      config: { toegang: 'formulier:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Wijzig een formulier (beheer)',
        params: IdParams,
        body: FormulierBody,
        response: { 200: FormulierResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'formulier:beheren');
      return formulieren.updateFormulier(db, request.params.id, request.body);
    },
  );

  app.delete(
    '/api/formulieren/:id',
    {
      config: { toegang: 'formulier:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Verwijder een formulier (beheer); eerdere inzendingen blijven bewaard',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'formulier:beheren');
      await formulieren.deleteFormulier(db, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/formulieren/:id/inzendingen',
    {
      config: { toegang: 'openbaar', persoonsgegevens: true },
      bodyLimit: INZENDING_BODY_LIMIT,
      onRequest: publicThrottle(db, app.clock, 'formulier'),
      schema: {
        tags,
        summary: 'Verstuur een ingevuld formulier (openbaar); met dezelfde Idempotency-Key telt een herhaling één keer',
        security: [],
        params: IdParams,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,200}$' })) }),
        body: Type.Record(Type.String(), Type.Unknown(), { description: 'De antwoorden, volgens de definitie van het formulier' }),
        response: { 200: InzendingResponse, 201: InzendingResponse, 202: InzendingResponse, 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await formulieren.submitFormulier(db, pipeline, request.params.id, request.body, {
        idempotencyKey: request.headers['idempotency-key'],
        formEncoded: false,
        raw: JSON.stringify(request.body),
      });
      const status = result.status === 'ontvangen' ? 202 : result.nieuw ? 201 : 200;
      return reply.status(status).send({ status: result.status, kenmerk: result.kenmerk, bevestiging: result.bevestiging });
    },
  );

  // The citizen's HTML pages, in their own scope: form-encoded bodies and HTML error pages only here.
  app.register(async (scope: App) => {
    await scope.register(formbody, { bodyLimit: INZENDING_BODY_LIMIT });
    scope.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      const status = error instanceof LoketError || (error.statusCode && error.statusCode < 500) ? (error.statusCode ?? 400) : 500;
      if (status >= 500) request.log.error({ err: error }, 'unhandled error on form page');
      const message =
        status === 404
          ? 'Dit formulier bestaat niet (meer). Controleer het adres.'
          : status === 413
            ? 'Wat u invulde is te groot om te versturen. Maak uw tekst korter.'
            : status < 500
              ? 'Het formulier kon niet worden gelezen. Probeer het opnieuw.'
              : 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
      const nonce = newNonce();
      return sendHtml(reply, status, nonce, foutPagina(status, message, nonce));
    });

    scope.get(
      '/formulieren/:id',
      {
        config: { toegang: 'openbaar', persoonsgegevens: false },
        schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 100 }) }) },
      },
      async (request, reply) => {
        const { form, schema } = await formulieren.loadPublicFormulier(db, request.params.id);
        const nonce = newNonce();
        return sendHtml(reply, 200, nonce, formulierPagina(form, schema.velden, { nonce, token: newToken() }));
      },
    );

    scope.post(
      '/formulieren/:id',
      {
        config: { toegang: 'openbaar', persoonsgegevens: true },
        bodyLimit: INZENDING_BODY_LIMIT,
        onRequest: publicThrottle(db, app.clock, 'formulier'),
        schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 100 }) }) },
      },
      async (request, reply) => {
        const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
        const token = typeof body._idempotentie === 'string' && TOKEN.test(body._idempotentie) ? body._idempotentie : undefined;
        const nonce = newNonce();
        try {
          const result = await formulieren.submitFormulier(db, pipeline, request.params.id, body, {
            idempotencyKey: token,
            formEncoded: !String(request.headers['content-type'] ?? '').includes('json'),
            raw: JSON.stringify(body),
          });
          return sendHtml(reply, 200, nonce, bevestigingPagina(result.formulier, result, nonce));
        } catch (error) {
          if (!(error instanceof LoketError) || error.code !== InzendingOngeldig.code) throw error;
          const { form, schema } = await formulieren.loadPublicFormulier(db, request.params.id);
          return sendHtml(
            reply,
            400,
            nonce,
            formulierPagina(form, schema.velden, { nonce, token: token ?? newToken(), waarden: body, fouten: error.fields }),
          );
        }
      },
    );
  });
}
