import { inOrder, type KiContext } from './ki-context.ts';

/** Categorieën label partijen (e.g. "ondernemer", "bewindvoerder"); a categorie-relatie links one to a partij for a period. */
export async function loadCategorieen(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('categorie').selectAll().where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((c) => ({ uuid: c.id, url: k.urls.of('categorieen', c.id), naam: c.naam }));
}

export async function loadCategorieRelaties(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx
    .selectFrom('categorie_relatie')
    .leftJoin('categorie', 'categorie.id', 'categorie_relatie.categorie_id')
    .selectAll('categorie_relatie')
    .select('categorie.naam')
    .where('categorie_relatie.id', 'in', ids)
    .execute();
  return inOrder(ids, rows).map((r) => {
    k.touch('partij', r.partij_id, ['categorieën'], 'klant');
    return {
      uuid: r.id,
      url: k.urls.of('categorie-relaties', r.id),
      partij: k.urls.fk('partijen', r.partij_id),
      categorie: r.categorie_id ? { ...k.urls.fk('categorieen', r.categorie_id), naam: r.naam ?? '' } : null,
      beginDatum: r.begin_datum,
      eindDatum: r.eind_datum,
    };
  });
}
