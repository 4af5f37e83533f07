import { IdParams, type App } from '../../platform/http.ts';
import { HandtekeningOngeldig, KanaalNotFound, VerifyTokenOngeldig, VerzoekVerlopen } from './kanalen.errors.ts';
import { activeKoppeling, countRejected } from './kanalen.service.ts';
import type { WebhookCall, WebhookDeps } from './provider.ts';
import { PROVIDERS } from './providers.ts';

/**
 * The providers' webhooks, one URL per channel connection. Registered in its own encapsulated
 * scope that keeps every body as raw bytes: signatures are over the exact bytes sent, so they are
 * checked before anything is parsed or stored. A switched-off or unknown channel answers 404.
 */
export async function kanalenWebhookRoutes(app: App, deps: WebhookDeps & { key: Buffer | undefined; publicUrl: string }): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    scope.route({
      method: ['GET', 'POST'],
      url: '/api/kanalen/:id/webhook',
      // The provider proves itself with the signature over the raw body, checked in the handler.
      config: { toegang: 'sleutel', persoonsgegevens: true },
      schema: { tags: ['kanalen'], summary: 'Webhook van de aanbieder (Meta, Twilio, Bird)', params: IdParams, security: [] },
      handler: async (request, reply) => {
        const { id } = request.params as { id: string };
        const koppeling = await activeKoppeling(deps.db, deps.key, id);
        if (!koppeling) throw KanaalNotFound();
        const provider = PROVIDERS[koppeling.soort];
        const call: WebhookCall = {
          raw: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          headers: request.headers,
          query: request.query as Record<string, string | undefined>,
          url: `${deps.publicUrl}${request.url}`,
          now: new Date(),
        };
        if (request.method === 'GET') {
          if (!provider.handshake) throw KanaalNotFound();
          const answer = provider.handshake(koppeling, call);
          if (!answer) throw VerifyTokenOngeldig();
          return reply
            .status(answer.status)
            .type(answer.contentType ?? 'application/json')
            .send(answer.body);
        }
        const verdict = provider.verify(koppeling, call);
        if (verdict !== 'ok') {
          await countRejected(deps.db, koppeling.id);
          request.log.warn({ kanaalId: koppeling.id, soort: koppeling.soort, reden: verdict }, 'webhook refused');
          throw verdict === 'verlopen' ? VerzoekVerlopen() : HandtekeningOngeldig();
        }
        const answer = await provider.receive(koppeling, call, deps);
        return reply
          .status(answer.status)
          .type(answer.contentType ?? 'application/json')
          .send(answer.body);
      },
    });
  });
}
