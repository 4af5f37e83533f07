import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

/**
 * Stores the measured wait of closed gesprekken (seconds in working time from handover to the
 * first answer), in one statement. Service-level reporting measures; the gesprek's own table is
 * written here, by its one writer. Any status change clears it again (conversations.service.ts).
 */
export async function zetWachttijden(db: Db, metingen: readonly { id: string; seconden: number }[]): Promise<void> {
  if (metingen.length === 0) return;
  const rijen = sql.join(metingen.map((m) => sql`(${m.id}::uuid, ${m.seconden}::double precision)`));
  await sql`
    update gesprek g set wachttijd_werkseconden = m.seconden
    from (values ${rijen}) as m(id, seconden)
    where g.id = m.id`.execute(db);
}
