import type { Db } from '../../db/transaction.ts';
import type { Straat, Wijk } from '../plaatsbepaling/index.ts';

export interface WijkRow {
  code: string;
  naam: string;
  inwoners: number;
  postcodes: string[];
  geometrie: unknown;
}

export async function replaceWijken(db: Db, wijken: readonly (Omit<Wijk, 'polygons' | 'bbox'> & { geometrie: unknown })[]): Promise<void> {
  for (const w of wijken) {
    const values = { naam: w.naam, inwoners: w.inwoners, postcodes: JSON.stringify(w.postcodes), geometrie: JSON.stringify(w.geometrie) };
    await db
      .insertInto('wijk')
      .values({ code: w.code, ...values })
      .onConflict((oc) => oc.column('code').doUpdateSet(values))
      .execute();
  }
}

export async function replaceStraten(db: Db, straten: readonly (Straat & { lat: number | null; lon: number | null })[]): Promise<void> {
  await db.deleteFrom('straat').execute();
  for (let i = 0; i < straten.length; i += 1000) {
    await db
      .insertInto('straat')
      .values(straten.slice(i, i + 1000))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export function listWijken(db: Db): Promise<WijkRow[]> {
  return db.selectFrom('wijk').select(['code', 'naam', 'inwoners', 'postcodes', 'geometrie']).orderBy('code').execute();
}

export function listStraten(db: Db) {
  return db.selectFrom('straat').select(['straat', 'wijk', 'postcode4']).orderBy('straat').orderBy('wijk').execute();
}

export async function gebiedRevision(db: Db): Promise<number> {
  return Number((await db.selectFrom('gebied_stand').select('revisie').executeTakeFirstOrThrow()).revisie);
}

export async function bumpGebiedRevision(db: Db): Promise<void> {
  await db
    .updateTable('gebied_stand')
    .set((eb) => ({ revisie: eb('revisie', '+', 1) }))
    .execute();
}
