import { sql } from 'kysely';
import type { AanwezigheidStatus } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';

/** An agent counts as present while their desktop's socket was seen within this window. */
export const PRESENCE_WINDOW_SECONDS = 90;

export async function setPresence(db: Db, medewerkerId: string, status: AanwezigheidStatus, kanalen?: string[]) {
  await db
    .insertInto('aanwezigheid')
    .values({ medewerker_id: medewerkerId, status, ...(kanalen ? { kanalen: JSON.stringify(kanalen) } : {}) })
    .onConflict((oc) =>
      oc.column('medewerker_id').doUpdateSet({ status, gewijzigd_op: new Date(), laatst_gezien_op: new Date(), ...(kanalen ? { kanalen: JSON.stringify(kanalen) } : {}) }),
    )
    .execute();
  await publishEvent(db, { type: 'aanwezigheid', audience: { agents: true }, data: { medewerkerId, status } });
}

export async function touchPresence(db: Db, medewerkerId: string) {
  await db.updateTable('aanwezigheid').set({ laatst_gezien_op: new Date() }).where('medewerker_id', '=', medewerkerId).execute();
}

export async function getPresence(db: Db, medewerkerId: string) {
  const row = await db.selectFrom('aanwezigheid').select(['status', 'kanalen']).where('medewerker_id', '=', medewerkerId).executeTakeFirst();
  return { status: row?.status ?? 'offline', kanalen: (row?.kanalen as string[] | undefined) ?? [] };
}

/** Is anyone available right now to answer on this channel? */
export async function anyoneAvailable(db: Db, kanaal: string): Promise<boolean> {
  const row = await db
    .selectFrom('aanwezigheid')
    .select('medewerker_id')
    .where('status', '=', 'beschikbaar')
    .where(sql<boolean>`kanalen ? ${kanaal}`)
    .where(sql<boolean>`laatst_gezien_op > now() - make_interval(secs => ${PRESENCE_WINDOW_SECONDS})`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
