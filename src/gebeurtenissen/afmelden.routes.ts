import { randomBytes } from 'node:crypto';
import formbody from '@fastify/formbody';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import type { App } from '../platform/http.ts';
import { systemContext } from '../platform/system-context.ts';
import { publicThrottle } from '../platform/throttle.ts';
import { afgemeldPagina, afmeldenCsp, afmeldenVraagPagina, afmeldLinkOnbekendPagina } from './afmelden-html.ts';
import { zetAfmelding } from './attenderingen.service.ts';
import { afmeldLink } from './proactief-bericht.ts';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100, description: 'Het token uit de link in het bericht' }) });
const newNonce = () => randomBytes(16).toString('base64');

function sendHtml(reply: FastifyReply, status: number, nonce: string, html: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', afmeldenCsp(nonce))
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(html);
}

/**
 * The opt-out link in every proactive message (issue 14): `GET /afmelden/{token}` asks, and the
 * button (`POST`) opts the partij out of that kind of message, as an agent's opt-out would
 * (logged in the processing log, honoured also for a message held for quiet hours). Throttled per
 * address; an unknown token gets the same page whatever is wrong with it.
 */
export function afmeldenRoutes(app: App, db: Db): void {
  app.register(async (scope: App) => {
    await scope.register(formbody, { bodyLimit: 1024 });

    scope.get(
      '/afmelden/:token',
      {
        config: { toegang: 'openbaar', persoonsgegevens: false },
        onRequest: publicThrottle(db, app.clock, 'afmelden'),
        schema: { hide: true, params: TokenParams },
      },
      async (request, reply) => {
        const nonce = newNonce();
        const link = await afmeldLink(db, request.params.token);
        if (!link) return sendHtml(reply, 404, nonce, afmeldLinkOnbekendPagina(nonce));
        return sendHtml(reply, 200, nonce, afmeldenVraagPagina(request.params.token, link.berichtsoort, nonce));
      },
    );

    scope.post(
      '/afmelden/:token',
      {
        config: { toegang: 'openbaar', persoonsgegevens: true },
        onRequest: publicThrottle(db, app.clock, 'afmelden'),
        schema: { hide: true, params: TokenParams },
      },
      async (request, reply) => {
        const nonce = newNonce();
        const link = await afmeldLink(db, request.params.token);
        if (!link) return sendHtml(reply, 404, nonce, afmeldLinkOnbekendPagina(nonce));
        const ctx = systemContext('Afmelding van de inwoner via de link in een proactief bericht');
        await zetAfmelding(db, ctx, link.partijId, link.berichtsoort, true, app.clock.now());
        return sendHtml(reply, 200, nonce, afgemeldPagina(link.berichtsoort, nonce));
      },
    );
  });
}
