import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { partijExists } from '../parties/parties.service.ts';
import { PartijNotFound } from '../parties/parties.errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { GesprekNotFound } from './conversations.errors.ts';

/**
 * Links an anonymous gesprek (a web chat) to the partij the agent found or registered: the
 * gesprek and its klantcontact then belong to that partij's history. Verification in the gesprek
 * starts over, since it was about whoever was chatting, not yet about this partij.
 */
export async function linkGesprekToPartij(db: Db, ctx: RequestContext, gesprekId: string, partijId: string) {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'klantcontact_id', 'partij_id'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    if (!(await partijExists(trx, partijId))) throw PartijNotFound();
    await trx
      .updateTable('gesprek')
      .set({ partij_id: partijId, geverifieerd_op: null, geverifieerd_door: null, verificatie_methode: null, gewijzigd_op: new Date() })
      .where('id', '=', gesprekId)
      .execute();
    if (gesprek.klantcontact_id) {
      const klant = await trx
        .selectFrom('betrokkene')
        .select('id')
        .where('klantcontact_id', '=', gesprek.klantcontact_id)
        .where('rol', '=', 'klant')
        .executeTakeFirst();
      if (klant) await trx.updateTable('betrokkene').set({ partij_id: partijId }).where('id', '=', klant.id).execute();
      else
        await trx
          .insertInto('betrokkene')
          .values({ klantcontact_id: gesprek.klantcontact_id, partij_id: partijId, rol: 'klant', initiator: true })
          .execute();
    }
    await logVerwerking(trx, ctx, {
      actieNaam: 'Gesprek aan partij koppelen',
      handelingNaam: 'Wijzigen',
      objecten: [
        { objecttype: 'gesprek', objectId: gesprekId },
        { objecttype: 'partij', objectId: partijId, betrokkenheid: 'klant' },
      ],
    });
    // Every agent hears of it, kcc included: the event names no partij, so it cannot pass the verification gate. Receivers fetch the gesprek, which applies the gate.
    await publishEvent(trx, { type: 'gesprek.partij', audience: { agents: true }, data: { gesprekId } });
  });
}

/**
 * Records that the agent verified the caller in this gesprek as its linked partij; `methode` says
 * how (the three questions, a BRP check, a login the channel checked: then `door` is null). The caller writes the processing log, since what was
 * checked is theirs to name.
 */
export async function markGesprekGeverifieerd(
  db: Db,
  gesprekId: string,
  verificatie: { door: string | null; methode: string },
): Promise<void> {
  await db
    .updateTable('gesprek')
    .set({ geverifieerd_op: new Date(), geverifieerd_door: verificatie.door, verificatie_methode: verificatie.methode })
    .where('id', '=', gesprekId)
    .execute();
}
