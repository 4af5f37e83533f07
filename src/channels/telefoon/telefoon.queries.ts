import type { Insertable, Updateable } from 'kysely';
import type { TelefoongesprekTable, TranscriptsegmentTable } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

/** Inserts a call once; a repeated newCall for the same callId inserts nothing. */
export function insertCall(db: Db, call: Insertable<TelefoongesprekTable>) {
  return db
    .insertInto('telefoongesprek')
    .values(call)
    .onConflict((oc) => oc.column('call_id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findCall(db: Db, callId: string) {
  return db.selectFrom('telefoongesprek').selectAll().where('call_id', '=', callId).executeTakeFirst();
}

/** Locks the call for the rest of the transaction, so two events for it are applied one after the other. */
export function lockCall(db: Db, callId: string) {
  return db.selectFrom('telefoongesprek').selectAll().where('call_id', '=', callId).forUpdate().executeTakeFirst();
}

export function updateCall(db: Db, id: string, values: Updateable<TelefoongesprekTable>) {
  return db.updateTable('telefoongesprek').set(values).where('id', '=', id).execute();
}

export function insertSegments(db: Db, segments: Insertable<TranscriptsegmentTable>[]) {
  return db
    .insertInto('transcriptsegment')
    .values(segments)
    .onConflict((oc) => oc.columns(['telefoongesprek_id', 'begin_s', 'spreker']).doNothing())
    .returning(['spreker', 'begin_s', 'eind_s', 'tekst'])
    .execute();
}

export function segmentsOf(db: Db, telefoongesprekId: string) {
  return db
    .selectFrom('transcriptsegment')
    .select(['spreker', 'begin_s', 'eind_s', 'tekst'])
    .where('telefoongesprek_id', '=', telefoongesprekId)
    .orderBy('begin_s')
    .orderBy('eind_s')
    .orderBy('spreker')
    .execute();
}

export function findMedewerkerByNaamOfEmail(db: Db, name: string) {
  const lower = name.trim().toLowerCase();
  return db
    .selectFrom('medewerker')
    .select(['id', 'naam', 'actor_id'])
    .where('actief', '=', true)
    .where((eb) => eb.or([eb(eb.fn('lower', ['gebruikersnaam']), '=', lower), eb(eb.fn('lower', ['email']), '=', lower)]))
    .executeTakeFirst();
}

export function hasTaak(db: Db, klantcontactId: string, handeling: string) {
  return db
    .selectFrom('interne_taak')
    .select('id')
    .where('klantcontact_id', '=', klantcontactId)
    .where('gevraagde_handeling', '=', handeling)
    .executeTakeFirst();
}

/** Serialises work on one klantcontact (two identical call-back requests at once make one task). */
export function lockKlantcontact(db: Db, id: string) {
  return db.selectFrom('klantcontact').select(['id', 'nummer']).where('id', '=', id).forUpdate().executeTakeFirst();
}
