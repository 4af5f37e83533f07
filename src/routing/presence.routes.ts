import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { Forbidden } from '../platform/errors.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { anyoneAvailable, getPresence, setPresence } from './presence.ts';

const tags = ['routering'];
const Presence = Type.Object({
  status: Type.Union([Type.Literal('beschikbaar'), Type.Literal('pauze'), Type.Literal('offline')]),
  kanalen: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 }),
});

export interface PresenceRoutesOptions {
  graceSeconds: number;
  /** Whether the bot answers a new chat now (BOT_ACTIEF and published knowledge): the widget then keeps the chat open. */
  botBeantwoordt: () => Promise<boolean>;
}

export function presenceRoutes(app: App, db: Db, { graceSeconds, botBeantwoordt }: PresenceRoutesOptions): void {
  app.get(
    '/api/aanwezigheid',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: { tags, summary: 'Mijn status (beschikbaar, pauze, offline) en kanalen', response: { 200: Presence, ...errorResponses } },
    },
    async (request) => {
      const { principal } = requireContext(request, 'klantcontact:lezen');
      if (principal.kind !== 'medewerker') throw Forbidden();
      return getPresence(db, principal.id);
    },
  );

  app.put(
    '/api/aanwezigheid',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Zet mijn status en de kanalen waarop ik contacten aanneem',
        body: Type.Object(
          { status: Presence.properties.status, kanalen: Type.Optional(Presence.properties.kanalen) },
          { additionalProperties: false },
        ),
        response: { 200: Presence, ...errorResponses },
      },
    },
    async (request) => {
      const { principal } = requireContext(request, 'klantcontact:lezen');
      if (principal.kind !== 'medewerker') throw Forbidden();
      await setPresence(db, principal.id, request.body.status, request.body.kanalen, app.clock.now(), graceSeconds);
      return getPresence(db, principal.id);
    },
  );

  app.get(
    '/api/webchat/beschikbaarheid',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags: ['webchat'],
        summary: 'Is er nu een medewerker om te chatten, en beantwoordt de bot een nieuwe chat?',
        description:
          'Met bot=true blijft de chat open, ook zonder medewerker: de bot antwoordt dag en nacht en biedt bij doorverbinden zonder medewerker een bericht achterlaten aan.',
        security: [],
        response: { 200: Type.Object({ beschikbaar: Type.Boolean(), bot: Type.Boolean() }) },
      },
    },
    async () => ({ beschikbaar: await anyoneAvailable(db, 'webchat', app.clock.now()), bot: await botBeantwoordt() }),
  );
}
