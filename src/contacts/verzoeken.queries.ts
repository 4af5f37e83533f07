import type { Db } from '../db/transaction.ts';

export async function verzoekExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('verzoek').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function insertVerzoek(
  db: Db,
  values: { partij_id: string | null; onderwerp: string; omschrijving: string | null; aangemaakt_op?: string },
) {
  return db.insertInto('verzoek').values(values).returning('id').executeTakeFirstOrThrow();
}

export function findVerzoek(db: Db, id: string) {
  return db.selectFrom('verzoek').selectAll().where('id', '=', id).executeTakeFirst();
}

export function klantcontactenOfVerzoek(db: Db, verzoekId: string) {
  return db
    .selectFrom('klantcontact')
    .select(['id', 'kanaal', 'onderwerp', 'plaatsgevonden_op'])
    .where('verzoek_id', '=', verzoekId)
    .orderBy('plaatsgevonden_op')
    .execute();
}

/** The gesprekken about this verzoek: linked directly, or through their klantcontact. */
export function gesprekkenOfVerzoek(db: Db, verzoekId: string) {
  return db
    .selectFrom('gesprek')
    .leftJoin('klantcontact', 'klantcontact.id', 'gesprek.klantcontact_id')
    .select(['gesprek.partij_id', 'gesprek.geverifieerd_op'])
    .where((eb) => eb.or([eb('gesprek.verzoek_id', '=', verzoekId), eb('klantcontact.verzoek_id', '=', verzoekId)]))
    .execute();
}

export function setVerzoekStatus(db: Db, id: string, status: 'open' | 'afgehandeld') {
  return db
    .updateTable('verzoek')
    .set({ status, afgehandeld_op: status === 'afgehandeld' ? new Date() : null })
    .where('id', '=', id)
    .execute();
}

export function openVerzoekenOf(db: Db, partijId: string) {
  return db
    .selectFrom('verzoek')
    .select(['id', 'nummer', 'onderwerp', 'aangemaakt_op'])
    .where('partij_id', '=', partijId)
    .where('status', '=', 'open')
    .orderBy('aangemaakt_op', 'desc')
    .execute();
}
