import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';

/**
 * Gesprekken: ordered threads of messages on one channel. This is the one place that writes the
 * gesprek and bericht tables, so auditing and (later) realtime events cannot be bypassed.
 */
export interface NewGesprek {
  kanaal: string;
  partijId?: string | undefined;
  verzoekId?: string | undefined;
  klantcontactId?: string | undefined;
  externeId?: string | undefined;
  onderwerp?: string | undefined;
  gestartOp?: Date | string | undefined;
}

export interface NewBericht {
  richting: 'inkomend' | 'uitgaand' | 'notitie';
  inhoud: string;
  afzenderActorId?: string | undefined;
  kanaalBerichtId?: string | undefined;
  verzondenOp?: Date | string | undefined;
}

export async function startGesprek(db: Db, ctx: RequestContext, gesprek: NewGesprek, berichten: NewBericht[] = []) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('gesprek')
      .values({
        kanaal: gesprek.kanaal,
        partij_id: gesprek.partijId ?? null,
        verzoek_id: gesprek.verzoekId ?? null,
        klantcontact_id: gesprek.klantcontactId ?? null,
        externe_id: gesprek.externeId ?? null,
        onderwerp: gesprek.onderwerp ?? null,
        ...(gesprek.gestartOp ? { gestart_op: gesprek.gestartOp } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const bericht of berichten) await insertBericht(trx, row.id, bericht);
    if (gesprek.partijId) {
      await logVerwerking(trx, ctx, {
        actieNaam: 'Gesprek starten',
        handelingNaam: 'Invoeren',
        objecten: [
          { objecttype: 'gesprek', objectId: row.id, betrokkenheid: 'gesprek', soortenGegevens: ['berichten'] },
          { objecttype: 'partij', objectId: gesprek.partijId, betrokkenheid: 'klant' },
        ],
      });
    }
    return row.id;
  });
}

async function insertBericht(db: Db, gesprekId: string, bericht: NewBericht) {
  await db
    .insertInto('bericht')
    .values({
      gesprek_id: gesprekId,
      richting: bericht.richting,
      inhoud: bericht.inhoud,
      afzender_actor_id: bericht.afzenderActorId ?? null,
      kanaal_bericht_id: bericht.kanaalBerichtId ?? null,
      ...(bericht.verzondenOp ? { verzonden_op: bericht.verzondenOp } : {}),
    })
    .execute();
  await db.updateTable('gesprek').set({ gewijzigd_op: new Date() }).where('id', '=', gesprekId).execute();
}
