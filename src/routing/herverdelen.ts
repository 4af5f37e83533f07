import { legGesprekTerug } from '../conversations/gesprek-toewijzing.ts';
import { inTransaction, type Db } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';

/**
 * A team lead hands all of an agent's open gesprekken back to the queue (she went home, fell
 * ill, is needed elsewhere); routing gives them to whoever is available. Each goes through the
 * conversations domain's own transition, so status history and live events are as for one.
 */
export async function legGesprekkenTerug(db: Db, ctx: RequestContext, medewerkerId: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    const gesprekken = await trx
      .selectFrom('gesprek')
      .select(['id', 'status'])
      .where('toegewezen_aan', '=', medewerkerId)
      .where('status', 'in', ['toegewezen', 'wacht_op_klant'])
      .forUpdate()
      .execute();
    for (const gesprek of gesprekken) await legGesprekTerug(trx, ctx, gesprek);
    return gesprekken.length;
  });
}
