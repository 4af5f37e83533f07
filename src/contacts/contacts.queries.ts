import type { Db } from '../db/transaction.ts';
import type { Insertable } from 'kysely';
import type { KlantcontactTable } from '../db/schema.ts';
import type { BetrokkeneInput, ObjectIdentificator } from './contacts.schemas.ts';

export function insertKlantcontact(db: Db, values: Insertable<KlantcontactTable>) {
  return db.insertInto('klantcontact').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findKlantcontact(db: Db, id: string) {
  return db.selectFrom('klantcontact').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertBetrokkenen(db: Db, klantcontactId: string, betrokkenen: BetrokkeneInput[]) {
  if (betrokkenen.length === 0) return;
  await db
    .insertInto('betrokkene')
    .values(
      betrokkenen.map((b) => ({
        klantcontact_id: klantcontactId,
        partij_id: b.partijId ?? null,
        rol: b.rol,
        initiator: b.initiator ?? false,
        organisatienaam: b.organisatienaam ?? null,
        contactnaam: b.contactnaam ? JSON.stringify(b.contactnaam) : null,
      })),
    )
    .execute();
}

export async function insertOnderwerpobjecten(
  db: Db,
  klantcontactId: string,
  objecten: ObjectIdentificator[],
  weergave: { identificatie: string | null; omschrijving: string | null } = { identificatie: null, omschrijving: null },
) {
  if (objecten.length === 0) return;
  await db
    .insertInto('onderwerpobject')
    .values(
      objecten.map((o) => ({
        klantcontact_id: klantcontactId,
        code_objecttype: o.codeObjecttype,
        code_register: o.codeRegister,
        code_soort_object_id: o.codeSoortObjectId,
        object_id: o.objectId,
        ...weergave,
      })),
    )
    .execute();
}

export function insertActorKlantcontact(db: Db, actorId: string, klantcontactId: string) {
  return db.insertInto('actor_klantcontact').values({ actor_id: actorId, klantcontact_id: klantcontactId }).execute();
}

export function betrokkenenOf(db: Db, klantcontactId: string) {
  return db
    .selectFrom('betrokkene')
    .leftJoin('partij', 'partij.id', 'betrokkene.partij_id')
    .select([
      'betrokkene.id',
      'betrokkene.partij_id',
      'betrokkene.rol',
      'betrokkene.initiator',
      'betrokkene.contactnaam',
      'betrokkene.organisatienaam',
      'partij.soort_partij',
      'partij.voornaam',
      'partij.voorletters',
      'partij.voorvoegsel_achternaam',
      'partij.achternaam',
      'partij.organisatie_naam',
      'partij.indicatie_geheimhouding',
    ])
    .where('betrokkene.klantcontact_id', '=', klantcontactId)
    .execute();
}

export function onderwerpobjectenOf(db: Db, klantcontactId: string) {
  return db.selectFrom('onderwerpobject').selectAll().where('klantcontact_id', '=', klantcontactId).execute();
}

export function actorenOf(db: Db, klantcontactId: string) {
  return db
    .selectFrom('actor_klantcontact')
    .innerJoin('actor', 'actor.id', 'actor_klantcontact.actor_id')
    .select(['actor.id', 'actor.naam', 'actor.soort_actor'])
    .where('actor_klantcontact.klantcontact_id', '=', klantcontactId)
    .execute();
}

export function interneTakenOf(db: Db, klantcontactId: string) {
  return db
    .selectFrom('interne_taak')
    .select(['id', 'nummer', 'status'])
    .where('klantcontact_id', '=', klantcontactId)
    .orderBy('toegewezen_op')
    .execute();
}

export function setVerzoek(db: Db, klantcontactId: string, verzoekId: string | null) {
  return db.updateTable('klantcontact').set({ verzoek_id: verzoekId }).where('id', '=', klantcontactId).executeTakeFirst();
}
