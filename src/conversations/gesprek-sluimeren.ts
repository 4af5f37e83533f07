import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import { defineError, ValidationFailed } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import { GesprekNotFound } from './conversations.errors.ts';

/**
 * Snooze (issue 16): a gesprek leaves the inbox until a moment and returns by itself when the
 * app's clock passes it; readers compare `gesluimerd_tot` with the clock, so no job wakes it.
 * Waking early, or a new message from the citizen, clears it.
 */
export const MAX_SLUIMER_DAGEN = 30;
const DAY_MS = 86_400_000;

export const GesprekAfgehandeld = defineError(
  'LOKET_GESPREK_AFGEHANDELD',
  409,
  'Dit gesprek is afgehandeld; alleen een open gesprek kan sluimeren.',
  'This gesprek is closed; only an open gesprek can be snoozed.',
);

/** Whether a gesprek is snoozed at `now`. */
export function isGesluimerd(gesluimerdTot: Date | string | null, now: Date): boolean {
  return gesluimerdTot !== null && new Date(gesluimerdTot).getTime() > now.getTime();
}

function objecten(gesprek: { id: string; partij_id: string | null }): VerwerktObject[] {
  return [
    { objecttype: 'gesprek', objectId: gesprek.id, betrokkenheid: 'gesprek' },
    ...(gesprek.partij_id ? [{ objecttype: 'partij' as const, objectId: gesprek.partij_id, betrokkenheid: 'klant' }] : []),
  ];
}

/** Snoozes a gesprek until `tot`: later than now by the app's clock and at most 30 days ahead. */
export async function sluimerGesprek(db: Db, ctx: RequestContext, clock: Clock, gesprekId: string, tot: string): Promise<string> {
  const moment = new Date(tot);
  const now = clock.now();
  if (Number.isNaN(moment.getTime())) throw ValidationFailed([{ field: 'body.tot', message: 'must be a date-time' }]);
  if (moment.getTime() <= now.getTime()) throw ValidationFailed([{ field: 'body.tot', message: 'must be in the future' }]);
  if (moment.getTime() > now.getTime() + MAX_SLUIMER_DAGEN * DAY_MS)
    throw ValidationFailed([{ field: 'body.tot', message: `must be at most ${MAX_SLUIMER_DAGEN} days ahead` }]);
  return inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'status', 'partij_id'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    if (gesprek.status === 'afgehandeld') throw GesprekAfgehandeld();
    await trx.updateTable('gesprek').set({ gesluimerd_tot: moment, gewijzigd_op: new Date() }).where('id', '=', gesprekId).execute();
    await logVerwerking(trx, ctx, { actieNaam: 'Gesprek laten sluimeren', handelingNaam: 'Wijzigen', objecten: objecten(gesprek) });
    const iso = moment.toISOString();
    await publishEvent(trx, { type: 'gesprek.gesluimerd', audience: { agents: true }, data: { gesprekId, gesluimerdTot: iso } });
    return iso;
  });
}

/** Wakes a snoozed gesprek now; it is back in the inbox at once and agents hear of it. */
export async function wekGesprek(db: Db, ctx: RequestContext, clock: Clock, gesprekId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'partij_id', 'gesluimerd_tot'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    if (gesprek.gesluimerd_tot === null) return;
    await trx.updateTable('gesprek').set({ gesluimerd_tot: null, gewijzigd_op: new Date() }).where('id', '=', gesprekId).execute();
    if (!isGesluimerd(gesprek.gesluimerd_tot, clock.now())) return; // it had woken by itself already
    await logVerwerking(trx, ctx, { actieNaam: 'Gesprek wekken', handelingNaam: 'Wijzigen', objecten: objecten(gesprek) });
    await publishEvent(trx, { type: 'gesprek.gewekt', audience: { agents: true }, data: { gesprekId } });
  });
}
