import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { CannotMergeIntoSelf, IdentificatorTaken, PartijNotFound } from './parties.errors.ts';

/**
 * Merges a duplicate partij into the one that stays: its contacts, gesprekken, verzoeken, digital
 * addresses, identifiers and bank accounts move along in one transaction, and the duplicate stays
 * behind, inactive, pointing at the survivor (so old references still resolve). Two different
 * BSNs mean two different people: that merge is refused.
 */
export async function mergePartijen(db: Db, ctx: RequestContext, survivorId: string, duplicateId: string) {
  if (survivorId === duplicateId) throw CannotMergeIntoSelf();
  return inTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('partij')
      .select(['id', 'samengevoegd_met_id'])
      .where('id', 'in', [survivorId, duplicateId])
      .forUpdate()
      .execute();
    if (rows.length !== 2 || rows.some((r) => r.samengevoegd_met_id)) throw PartijNotFound();

    const ids = await trx
      .selectFrom('partij_identificator')
      .select(['id', 'partij_id', 'code_soort_object_id', 'object_id'])
      .where('partij_id', 'in', [survivorId, duplicateId])
      .execute();
    for (const moving of ids.filter((i) => i.partij_id === duplicateId)) {
      const kept = ids.find((i) => i.partij_id === survivorId && i.code_soort_object_id === moving.code_soort_object_id);
      if (kept && kept.object_id !== moving.object_id) throw IdentificatorTaken();
      if (kept) await trx.deleteFrom('partij_identificator').where('id', '=', moving.id).execute();
      else await trx.updateTable('partij_identificator').set({ partij_id: survivorId }).where('id', '=', moving.id).execute();
    }
    // Addresses the survivor already has are dropped, keeping the earliest verification.
    await sql`update digitaal_adres s set verificatie_datum = least(s.verificatie_datum, d.verificatie_datum)
                from digitaal_adres d
               where s.partij_id = ${survivorId} and d.partij_id = ${duplicateId}
                 and s.soort_digitaal_adres = d.soort_digitaal_adres and lower(s.adres) = lower(d.adres)`.execute(trx);
    await sql`delete from digitaal_adres d using digitaal_adres s
               where d.partij_id = ${duplicateId} and s.partij_id = ${survivorId}
                 and s.soort_digitaal_adres = d.soort_digitaal_adres and lower(s.adres) = lower(d.adres)`.execute(trx);
    for (const table of ['digitaal_adres', 'rekeningnummer', 'betrokkene', 'gesprek', 'verzoek', 'categorie_relatie'] as const) {
      await trx.updateTable(table).set({ partij_id: survivorId }).where('partij_id', '=', duplicateId).execute();
    }
    await trx
      .updateTable('vertegenwoordiging')
      .set({ vertegenwoordigende_partij_id: survivorId })
      .where('vertegenwoordigende_partij_id', '=', duplicateId)
      .execute();
    await trx
      .updateTable('vertegenwoordiging')
      .set({ vertegenwoordigde_partij_id: survivorId })
      .where('vertegenwoordigde_partij_id', '=', duplicateId)
      .execute();
    await trx
      .updateTable('partij')
      .set({ samengevoegd_met_id: survivorId, indicatie_actief: false, gewijzigd_op: new Date() })
      .where('id', '=', duplicateId)
      .execute();
    await logVerwerking(trx, ctx, {
      actieNaam: 'Partijen samenvoegen',
      handelingNaam: 'Samenvoegen',
      objecten: [
        { objecttype: 'partij', objectId: survivorId, betrokkenheid: 'blijft' },
        { objecttype: 'partij', objectId: duplicateId, betrokkenheid: 'samengevoegd' },
      ],
    });
  });
}
