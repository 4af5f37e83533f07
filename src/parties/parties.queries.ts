import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import type { NewPartij, PartijUpdate } from '../db/schema.ts';
import type { DigitaalAdresInput, IdentificatorInput } from './parties.schemas.ts';

export function insertPartij(db: Db, values: NewPartij) {
  return db.insertInto('partij').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updatePartij(db: Db, id: string, values: PartijUpdate) {
  return db
    .updateTable('partij')
    .set({ ...values, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function findPartij(db: Db, id: string) {
  return db.selectFrom('partij').selectAll().where('id', '=', id).executeTakeFirst();
}

export function identificatorenOf(db: Db, partijIds: string[]) {
  if (partijIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('partij_identificator').selectAll().where('partij_id', 'in', partijIds).orderBy('aangemaakt_op').execute();
}

export function digitaleAdressenOf(db: Db, partijIds: string[]) {
  if (partijIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('digitaal_adres').selectAll().where('partij_id', 'in', partijIds).orderBy('aangemaakt_op').execute();
}

export function insertIdentificator(db: Db, partijId: string, input: IdentificatorInput) {
  return db
    .insertInto('partij_identificator')
    .values({
      partij_id: partijId,
      code_objecttype: input.codeObjecttype,
      code_soort_object_id: input.codeSoortObjectId,
      object_id: input.objectId,
      code_register: input.codeRegister,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findIdentificator(db: Db, soort: string, objectId: string) {
  return db
    .selectFrom('partij_identificator')
    .select(['id', 'partij_id'])
    .where('code_soort_object_id', '=', soort as IdentificatorInput['codeSoortObjectId'])
    .where('object_id', '=', objectId)
    .executeTakeFirst();
}

export function insertDigitaalAdres(db: Db, partijId: string, input: DigitaalAdresInput & { adres: string }) {
  return db
    .insertInto('digitaal_adres')
    .values({
      partij_id: partijId,
      soort_digitaal_adres: input.soortDigitaalAdres,
      adres: input.adres,
      omschrijving: input.omschrijving ?? null,
      is_standaard_adres: input.isStandaardAdres ?? false,
      verificatie_datum: input.verificatieDatum ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface PartijSearch {
  naam?: string | undefined;
  bsn?: string | undefined;
  email?: string | undefined;
  telefoonnummer?: string | undefined;
  postcode?: string | undefined;
  limit: number;
}

export function searchPartijen(db: Db, search: PartijSearch) {
  let query = db.selectFrom('partij').selectAll('partij').where('partij.samengevoegd_met_id', 'is', null);
  if (search.bsn) {
    query = query.where('partij.id', 'in', (eb) =>
      eb
        .selectFrom('partij_identificator')
        .select('partij_id')
        .where('code_soort_object_id', '=', 'bsn')
        .where('object_id', '=', search.bsn as string)
        .where('partij_id', 'is not', null)
        .$narrowType<{ partij_id: string }>(),
    );
  }
  for (const [soort, value] of [
    ['email', search.email],
    ['telefoonnummer', search.telefoonnummer],
  ] as const) {
    if (!value) continue;
    query = query.where('partij.id', 'in', (eb) =>
      eb
        .selectFrom('digitaal_adres')
        .select('partij_id')
        .where('soort_digitaal_adres', '=', soort)
        .where(sql`lower(adres)`, '=', value.toLowerCase())
        .where('partij_id', 'is not', null)
        .$narrowType<{ partij_id: string }>(),
    );
  }
  if (search.postcode) {
    query = query.where(
      sql`replace(upper(partij.bezoekadres->>'postcode'), ' ', '')`,
      '=',
      search.postcode.replace(/\s+/g, '').toUpperCase(),
    );
  }
  if (search.naam) {
    const naam = search.naam.toLowerCase();
    query = query
      .where(
        sql<boolean>`(coalesce(voornaam, '') || ' ' || coalesce(achternaam, '') || ' ' || coalesce(organisatie_naam, '')) % ${naam}
        or lower(coalesce(voornaam, '') || ' ' || coalesce(achternaam, '') || ' ' || coalesce(organisatie_naam, '')) like ${'%' + naam + '%'}`,
      )
      .orderBy(
        sql`similarity(coalesce(voornaam, '') || ' ' || coalesce(achternaam, '') || ' ' || coalesce(organisatie_naam, ''), ${naam})`,
        'desc',
      );
  }
  return query.orderBy('partij.aangemaakt_op', 'desc').limit(search.limit).execute();
}

/** Prefers a verified address and a verified partij; skips partijen merged into another. */
export function findPartijByDigitaalAdres(db: Db, soort: string, adres: string) {
  return db
    .selectFrom('digitaal_adres')
    .innerJoin('partij', 'partij.id', 'digitaal_adres.partij_id')
    .select('partij.id')
    .where('digitaal_adres.soort_digitaal_adres', '=', soort as DigitaalAdresInput['soortDigitaalAdres'])
    .where(sql`lower(digitaal_adres.adres)`, '=', adres.toLowerCase())
    .where('partij.samengevoegd_met_id', 'is', null)
    .orderBy(sql`digitaal_adres.verificatie_datum is null`)
    .orderBy('partij.geverifieerd', 'desc')
    .orderBy('partij.aangemaakt_op')
    .limit(1)
    .executeTakeFirst();
}
