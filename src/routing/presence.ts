import { sql } from 'kysely';
import type { AanwezigheidStatus } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';

/**
 * How long an agent stays present after the last sign of their desktop (PRESENCE_GRACE_SECONDS):
 * a reload or a short network hiccup keeps them, a closed laptop does not. Their desktop's live
 * connection renews presence every third of this, on whichever node it is connected to.
 */
export const DEFAULT_PRESENCE_GRACE_SECONDS = 30;

export const heartbeatMs = (graceSeconds: number) => Math.max(1000, Math.floor((graceSeconds * 1000) / 3));

/** The moment until which a sign of life at `now` keeps an agent present. */
export const presentUntil = (now: Date, graceSeconds: number) => new Date(now.getTime() + graceSeconds * 1000);

export async function setPresence(
  db: Db,
  medewerkerId: string,
  status: AanwezigheidStatus,
  kanalen: string[] | undefined,
  now: Date,
  graceSeconds: number,
) {
  const tot = presentUntil(now, graceSeconds);
  await db
    .insertInto('aanwezigheid')
    .values({ medewerker_id: medewerkerId, status, aanwezig_tot: tot, ...(kanalen ? { kanalen: JSON.stringify(kanalen) } : {}) })
    .onConflict((oc) =>
      oc.column('medewerker_id').doUpdateSet({
        status,
        gewijzigd_op: now,
        laatst_gezien_op: now,
        aanwezig_tot: tot,
        ...(kanalen ? { kanalen: JSON.stringify(kanalen) } : {}),
      }),
    )
    .execute();
  await publishEvent(db, { type: 'aanwezigheid', audience: { agents: true }, data: { medewerkerId, status } });
}

/**
 * A sign of life from one of the agent's desktops: a heartbeat, or its socket closing (the grace
 * period starts then). Never shortens presence another connection has renewed meanwhile.
 */
export async function touchPresence(db: Db, medewerkerId: string, now: Date, graceSeconds: number) {
  const tot = presentUntil(now, graceSeconds);
  await db
    .updateTable('aanwezigheid')
    .set({ laatst_gezien_op: now, aanwezig_tot: sql<Date>`greatest(aanwezig_tot, ${tot}::timestamptz)` })
    .where('medewerker_id', '=', medewerkerId)
    .execute();
}

/** The agent's own choice of status and channels (shown to them as they set it). */
export async function getPresence(db: Db, medewerkerId: string) {
  const row = await db
    .selectFrom('aanwezigheid')
    .select(['status', 'kanalen'])
    .where('medewerker_id', '=', medewerkerId)
    .executeTakeFirst();
  return { status: row?.status ?? 'offline', kanalen: (row?.kanalen as string[] | undefined) ?? [] };
}

/** Is anyone available right now to answer on this channel? */
export async function anyoneAvailable(db: Db, kanaal: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('aanwezigheid')
    .select('medewerker_id')
    .where('status', '=', 'beschikbaar')
    .where(sql<boolean>`kanalen ? ${kanaal}`)
    .where('aanwezig_tot', '>', now)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
