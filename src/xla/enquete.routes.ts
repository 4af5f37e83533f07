import { randomBytes } from 'node:crypto';
import formbody from '@fastify/formbody';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { LoketError } from '../platform/errors.ts';
import { ErrorResponse, errorResponses, type App } from '../platform/http.ts';
import { publicThrottle } from '../platform/throttle.ts';
import {
  bedanktPagina,
  enqueteCsp,
  enquetePagina,
  nietBeschikbaarPagina,
  type EnqueteFouten,
  type EnqueteWaarden,
} from './enquete-html.ts';
import type { EnqueteAntwoord } from './enquete.queries.ts';
import { beantwoord, controleerToken } from './enquete.service.ts';

const tags = ['enquete'];
const BODY_LIMIT = 16 * 1024;
const TokenParams = Type.Object({ token: Type.String({ maxLength: 100, description: 'Het token uit de link of het chatvenster' }) });
const AntwoordBody = Type.Object(
  {
    tevredenheid: Type.Integer({
      minimum: 1,
      maximum: 5,
      description: 'Tevredenheid over het contact, 1 (zeer ontevreden) tot 5 (zeer tevreden)',
    }),
    vraagBeantwoord: Type.Boolean({ description: 'Is de vraag van de inwoner beantwoord?' }),
    opmerking: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Vrije toelichting; gaat mee in de onderwerpanalyse (kanaal feedback)' }),
    ),
  },
  { additionalProperties: false },
);

const newNonce = () => randomBytes(16).toString('base64');

function sendHtml(reply: FastifyReply, status: number, nonce: string, html: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', enqueteCsp(nonce))
    .header('cache-control', 'no-store')
    .send(html);
}

/** Reads the HTML form's fields; problems in the citizen's words, per question. */
export function leesFormulier(body: Record<string, unknown>): {
  antwoord?: EnqueteAntwoord;
  waarden: EnqueteWaarden;
  fouten: EnqueteFouten;
} {
  const tekst = (v: unknown) =>
    typeof v === 'string' ? v : Array.isArray(v) && typeof v.at(-1) === 'string' ? (v.at(-1) as string) : undefined;
  const waarden: EnqueteWaarden = {
    tevredenheid: tekst(body.tevredenheid),
    vraagBeantwoord: tekst(body.vraagBeantwoord),
    opmerking: tekst(body.opmerking),
  };
  const fouten: EnqueteFouten = {};
  const score = waarden.tevredenheid && /^[1-5]$/.test(waarden.tevredenheid) ? Number(waarden.tevredenheid) : undefined;
  if (score === undefined) fouten.tevredenheid = 'Kies hoe tevreden u bent, van 1 tot 5.';
  if (waarden.vraagBeantwoord !== 'ja' && waarden.vraagBeantwoord !== 'nee') fouten.vraagBeantwoord = 'Kies of uw vraag is beantwoord.';
  const opmerking = waarden.opmerking?.trim() ?? '';
  if (opmerking.length > 1000) fouten.opmerking = 'Uw opmerking is te lang: hoogstens 1000 tekens.';
  if (Object.keys(fouten).length > 0 || score === undefined) return { waarden, fouten };
  return {
    antwoord: { tevredenheid: score, vraagBeantwoord: waarden.vraagBeantwoord === 'ja', opmerking: opmerking || null },
    waarden,
    fouten,
  };
}

/**
 * The survey after a closed gesprek: a public JSON endpoint (the chat widget's inline form) and
 * an HTML page (the link sent by WhatsApp and e-mail). Both are throttled per address and answer
 * an unknown, used or expired token the same way.
 */
export function enqueteRoutes(app: App, db: Db): void {
  app.post(
    '/api/enquete/:token',
    {
      // The answer is about the citizen's own gesprek, and the comment is free text.
      config: { toegang: 'openbaar', persoonsgegevens: true },
      bodyLimit: BODY_LIMIT,
      onRequest: publicThrottle(db, app.clock, 'enquete'),
      schema: {
        tags,
        summary: 'Beantwoord de enquête na een gesprek (openbaar, één keer per token)',
        description: 'Een onbekend, al gebruikt of verlopen token krijgt steeds hetzelfde antwoord: 404 LOKET_ENQUETE_NIET_BESCHIKBAAR.',
        security: [],
        params: TokenParams,
        body: AntwoordBody,
        response: { 201: Type.Object({ status: Type.Literal('ontvangen') }), 429: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { tevredenheid, vraagBeantwoord, opmerking } = request.body;
      await beantwoord(
        db,
        request.params.token,
        { tevredenheid, vraagBeantwoord, opmerking: opmerking?.trim() || null },
        app.clock.now(),
        request.log,
      );
      return reply.status(201).send({ status: 'ontvangen' as const });
    },
  );

  app.register(async (scope: App) => {
    await scope.register(formbody, { bodyLimit: BODY_LIMIT });
    scope.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      const status = error instanceof LoketError || (error.statusCode && error.statusCode < 500) ? (error.statusCode ?? 400) : 500;
      if (status >= 500) request.log.error({ err: error }, 'unhandled error on the survey page');
      const message =
        error instanceof LoketError
          ? error.messages.nl
          : status < 500
            ? 'De enquête kon niet worden gelezen. Probeer het opnieuw.'
            : 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
      const nonce = newNonce();
      return sendHtml(reply, status, nonce, nietBeschikbaarPagina(nonce, message));
    });

    scope.get(
      '/enquete/:token',
      {
        config: { toegang: 'openbaar', persoonsgegevens: false },
        onRequest: publicThrottle(db, app.clock, 'enquete'),
        schema: { hide: true, params: TokenParams },
      },
      async (request, reply) => {
        await controleerToken(db, request.params.token, app.clock.now());
        const nonce = newNonce();
        return sendHtml(reply, 200, nonce, enquetePagina(request.params.token, nonce));
      },
    );

    scope.post(
      '/enquete/:token',
      {
        config: { toegang: 'openbaar', persoonsgegevens: true },
        bodyLimit: BODY_LIMIT,
        onRequest: publicThrottle(db, app.clock, 'enquete'),
        schema: { hide: true, params: TokenParams },
      },
      async (request, reply) => {
        const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
        const { antwoord, waarden, fouten } = leesFormulier(body);
        const nonce = newNonce();
        if (!antwoord) {
          // Do not show the form again for a token that could not be answered anyway.
          await controleerToken(db, request.params.token, app.clock.now());
          return sendHtml(reply, 400, nonce, enquetePagina(request.params.token, nonce, waarden, fouten));
        }
        await beantwoord(db, request.params.token, antwoord, app.clock.now(), request.log);
        return sendHtml(reply, 200, nonce, bedanktPagina(nonce));
      },
    );
  });
}
