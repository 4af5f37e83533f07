import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { GesprekNotFound } from './conversations.errors.ts';

/** How long one sign from an open gesprek page counts; the page renews it well within this. */
export const INZAGE_SECONDS = 45;

/**
 * "Someone else has this conversation open": a desktop showing a gesprek says so now and then,
 * and again when it closes the page (tot = now). Nothing is stored: the sign travels as a live
 * event to every agent on every node (LISTEN/NOTIFY) and fades on its own.
 */
export function inzageRoutes(app: App, { db }: { db: Db }): void {
  const params = Type.Object({ id: Type.String({ format: 'uuid' }) });
  const sign = async (gesprekId: string, principal: { id: string; naam: string }, open: boolean) => {
    const gesprek = await db.selectFrom('gesprek').select('id').where('id', '=', gesprekId).executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    const now = app.clock.now();
    const tot = open ? new Date(now.getTime() + INZAGE_SECONDS * 1000) : now;
    await publishEvent(db, {
      type: 'gesprek.inzage',
      audience: { agents: true },
      data: { gesprekId, medewerkerId: principal.id, naam: principal.naam, tot: tot.toISOString() },
    });
  };

  app.post(
    '/api/gesprekken/:id/inzage',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags: ['gesprekken'],
        summary: `Ik heb dit gesprek open (geldt ${INZAGE_SECONDS} s; collega's zien het live)`,
        params,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { principal } = requireContext(request, 'klantcontact:lezen');
      await sign(request.params.id, principal, true);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/gesprekken/:id/inzage',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags: ['gesprekken'],
        summary: 'Ik heb dit gesprek niet meer open',
        params,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { principal } = requireContext(request, 'klantcontact:lezen');
      await sign(request.params.id, principal, false);
      return reply.status(204).send(null);
    },
  );
}
