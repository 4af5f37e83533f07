import type { Insertable } from 'kysely';
import type { KennisartikelVersieTable, KennisStatus, KennisType } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

export function findArticle(db: Db, id: string) {
  return db.selectFrom('kennisartikel').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertArticle(db: Db, id: string): Promise<void> {
  await db.insertInto('kennisartikel').values({ id, gepubliceerde_versie: null }).execute();
}

/** Locks the article row, so two saves or transitions of one article run one after the other. */
export function lockArticle(db: Db, id: string) {
  return db.selectFrom('kennisartikel').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setPublishedVersion(db: Db, id: string, versie: number | null): Promise<void> {
  await db.updateTable('kennisartikel').set({ gepubliceerde_versie: versie }).where('id', '=', id).execute();
}

export function findVersion(db: Db, id: string, versie: number) {
  return db.selectFrom('kennisartikel_versie').selectAll().where('artikel_id', '=', id).where('versie', '=', versie).executeTakeFirst();
}

export function latestVersion(db: Db, id: string) {
  return db
    .selectFrom('kennisartikel_versie')
    .selectAll()
    .where('artikel_id', '=', id)
    .orderBy('versie', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listVersions(db: Db, id: string) {
  return db.selectFrom('kennisartikel_versie').selectAll().where('artikel_id', '=', id).orderBy('versie', 'desc').execute();
}

export async function insertVersion(db: Db, row: Insertable<KennisartikelVersieTable>): Promise<void> {
  await db.insertInto('kennisartikel_versie').values(row).execute();
}

export async function updateVersion(
  db: Db,
  id: string,
  versie: number,
  values: Partial<Insertable<KennisartikelVersieTable>>,
): Promise<void> {
  await db.updateTable('kennisartikel_versie').set(values).where('artikel_id', '=', id).where('versie', '=', versie).execute();
}

export async function setVersionStatus(db: Db, id: string, versie: number, status: KennisStatus): Promise<void> {
  await updateVersion(db, id, versie, { status, status_gewijzigd_op: new Date() });
}

/** The published version of each article of the given types (all types when none given). */
export async function publishedVersions(db: Db, options: { types?: readonly KennisType[]; ids?: readonly string[] } = {}) {
  if (options.ids?.length === 0) return [];
  let query = db
    .selectFrom('kennisartikel_versie as v')
    .innerJoin('kennisartikel as a', (join) => join.onRef('a.id', '=', 'v.artikel_id').onRef('a.gepubliceerde_versie', '=', 'v.versie'))
    .selectAll('v');
  if (options.types) query = query.where('v.type', 'in', [...options.types]);
  if (options.ids) query = query.where('v.artikel_id', 'in', [...options.ids]);
  return query.orderBy('v.artikel_id').execute();
}

export async function countUplProducts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('upl_product')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function knownUplProducts(db: Db, names: readonly string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db
    .selectFrom('upl_product')
    .select('naam')
    .where('naam', 'in', [...names])
    .execute();
  return new Set(rows.map((r) => r.naam));
}
