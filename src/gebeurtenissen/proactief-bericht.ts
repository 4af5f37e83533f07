import { sql, type Kysely } from 'kysely';
import { createKlantcontact } from '../contacts/contacts.service.ts';
import { startGesprek } from '../conversations/conversations.service.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction, type Db } from '../db/transaction.ts';
import { systemContext } from '../platform/system-context.ts';
import { afgemeldVoor } from './attenderingen.service.ts';
import { stilteTot, type Stilte } from './stilte.ts';

/**
 * One proactive message to one partij: a klantcontact on the tijdlijn and a gesprek whose first
 * message waits for the channel's delivery job. Once per partij per event (the claim row commits
 * with the message, or neither does). Due in quiet hours, the claim row holds the message
 * (gepland) and `verstuurGeplande` sends it when they end, unless the partij opted out meanwhile.
 */
type UitKanaal = 'email' | 'sms' | 'whatsapp';

export interface BerichtOmgeving {
  db: Kysely<Database>;
  kickDelivery: () => void;
  stilte?: Stilte | undefined;
}

export interface ProactiefBericht {
  partijId: string;
  kanaal: string;
  adres: string;
  onderwerp: string;
  tekst: string;
  berichtsoort: string;
  zaak: { uuid: string; register: string } | undefined;
}

const ctx = () => systemContext('Proactieve dienstverlening op grond van een gebeurtenis');

// The zaak as an onderwerpobject the way a linked zaak is stored (zaak-koppeling), so the tijdlijn shows it alike.
const zaakObject = (zaak: { uuid: string; register: string }) => ({
  codeObjecttype: 'zgw-Zaak',
  codeRegister: zaak.register,
  codeSoortObjectId: 'uuid',
  objectId: zaak.uuid,
});

async function verstuur(trx: Db, b: ProactiefBericht, g: { gebeurtenisId: string; regelId: string | null }, nu: Date) {
  const kanaal = b.kanaal as UitKanaal;
  const contact = await createKlantcontact(trx, ctx(), {
    kanaal,
    onderwerp: b.onderwerp,
    inhoud: b.tekst,
    plaatsgevondenOp: nu.toISOString(),
    indicatieContactGelukt: true,
    betrokkenen: [{ partijId: b.partijId, rol: 'klant', initiator: false }],
    ...(b.zaak ? { onderwerpobjecten: [zaakObject(b.zaak)] } : {}),
  });
  const gesprekId = await startGesprek(
    trx,
    ctx(),
    {
      kanaal,
      partijId: b.partijId,
      klantcontactId: contact.id,
      onderwerp: b.onderwerp,
      gestartOp: nu,
      metadata: { antwoordAan: b.adres, proactief: { gebeurtenisId: g.gebeurtenisId, regelId: g.regelId } },
    },
    [{ richting: 'uitgaand', inhoud: b.tekst, bezorgstatus: 'wachtrij', verzondenOp: nu, metadata: { proactief: true } }],
  );
  await trx
    .updateTable('proactief_bericht')
    .set({ status: 'verstuurd', gesprek_id: gesprekId, klantcontact_id: contact.id, inhoud: null })
    .where('gebeurtenis_id', '=', g.gebeurtenisId)
    .where('partij_id', '=', b.partijId)
    .execute();
}

/** Sends now, or holds for quiet hours; 'al' when this partij already had (or has waiting) this event's message. */
export function stuurBericht(
  env: BerichtOmgeving,
  b: ProactiefBericht,
  g: { gebeurtenisId: string; regelId: string; nu: Date },
): Promise<'verstuurd' | 'gepland' | 'al'> {
  return inTransaction(env.db, async (trx) => {
    const claimed = await trx
      .insertInto('proactief_bericht')
      .values({ gebeurtenis_id: g.gebeurtenisId, partij_id: b.partijId, regel_id: g.regelId, kanaal: b.kanaal, aangemaakt_op: g.nu })
      .onConflict((oc) => oc.columns(['gebeurtenis_id', 'partij_id']).doNothing())
      .returning('partij_id')
      .executeTakeFirst();
    if (!claimed) return 'al';
    const tot = env.stilte ? stilteTot(g.nu, env.stilte) : undefined;
    if (tot) {
      await trx
        .updateTable('proactief_bericht')
        .set({ status: 'gepland', verzenden_op: tot, inhoud: JSON.stringify(b) })
        .where('gebeurtenis_id', '=', g.gebeurtenisId)
        .where('partij_id', '=', b.partijId)
        .execute();
      return 'gepland';
    }
    await verstuur(trx, b, g, g.nu);
    return 'verstuurd';
  });
}

/** Sends held messages whose quiet hours are over (claimed row by row, so nodes never send one twice). */
export async function verstuurGeplande(env: BerichtOmgeving, nu: Date, limit = 100): Promise<number> {
  let verstuurd = 0;
  for (let i = 0; i < limit; i++) {
    const uitkomst = await inTransaction(env.db, async (trx) => {
      const row = await trx
        .selectFrom('proactief_bericht')
        .select(['gebeurtenis_id', 'regel_id', 'partij_id', 'inhoud'])
        .where('status', '=', 'gepland')
        .where('verzenden_op', '<=', nu)
        .orderBy('verzenden_op')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return 'klaar';
      const b = row.inhoud as unknown as ProactiefBericht;
      if ((await afgemeldVoor(trx, [b.partijId], b.berichtsoort)).size > 0) {
        await trx
          .updateTable('proactief_bericht')
          .set({ status: 'vervallen', inhoud: sql`null` })
          .where('gebeurtenis_id', '=', row.gebeurtenis_id)
          .where('partij_id', '=', row.partij_id)
          .execute();
        return 'vervallen';
      }
      await verstuur(trx, b, { gebeurtenisId: row.gebeurtenis_id, regelId: row.regel_id }, nu);
      return 'verstuurd';
    });
    if (uitkomst === 'klaar') break;
    if (uitkomst === 'verstuurd') verstuurd++;
  }
  if (verstuurd > 0) env.kickDelivery();
  return verstuurd;
}
