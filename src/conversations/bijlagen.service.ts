import { inTransaction, type Db } from '../db/transaction.ts';
import { BijlageNotFound } from './conversations.errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';

export interface BijlageInfo {
  id: string;
  bestandsnaam: string;
  contentType: string;
  grootte: number;
}

const naamOf = (row: { id: string; bestandsnaam: string | null }) => row.bestandsnaam ?? `bijlage-${row.id}`;
const typeOf = (row: { content_type: string | null }) => row.content_type ?? 'application/octet-stream';

/** The attachments of the given berichten (name, type and size, not the bytes), per bericht. */
export async function bijlagenPerBericht(db: Db, berichtIds: readonly string[]): Promise<Map<string, BijlageInfo[]>> {
  const perBericht = new Map<string, BijlageInfo[]>();
  if (berichtIds.length === 0) return perBericht;
  const rows = await db
    .selectFrom('bijlage')
    .select(['id', 'bericht_id', 'bestandsnaam', 'content_type', 'grootte'])
    .where('bericht_id', 'in', [...berichtIds])
    .orderBy('bestandsnaam')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = perBericht.get(row.bericht_id!) ?? [];
    list.push({ id: row.id, bestandsnaam: naamOf(row), contentType: typeOf(row), grootte: row.grootte ?? 0 });
    perBericht.set(row.bericht_id!, list);
  }
  return perBericht;
}

/**
 * The bytes of one attachment of a gesprek. Reading it is reading the gesprek (the citizen sent it
 * in this conversation, like the message text), so the same permission applies and no
 * verification is needed; like every read of personal data it is logged.
 */
export async function getBijlage(db: Db, ctx: RequestContext, gesprekId: string, bijlageId: string) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('bijlage')
      .innerJoin('bericht', 'bericht.id', 'bijlage.bericht_id')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .select(['bijlage.id', 'bijlage.bestandsnaam', 'bijlage.content_type', 'bijlage.inhoud', 'gesprek.partij_id'])
      .where('bijlage.id', '=', bijlageId)
      .where('gesprek.id', '=', gesprekId)
      .executeTakeFirst();
    if (!row?.inhoud) throw BijlageNotFound();
    const objecten: VerwerktObject[] = [
      { objecttype: 'gesprek', objectId: gesprekId, betrokkenheid: 'gesprek', soortenGegevens: ['bijlagen'] },
    ];
    if (row.partij_id) objecten.push({ objecttype: 'partij', objectId: row.partij_id, betrokkenheid: 'klant' });
    await logVerwerking(trx, ctx, { actieNaam: 'Bijlage raadplegen', handelingNaam: 'Raadplegen', objecten });
    return { bestandsnaam: naamOf(row), contentType: typeOf(row), inhoud: Buffer.from(row.inhoud) };
  });
}
