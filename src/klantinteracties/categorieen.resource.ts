import {
  deleteCategorieRecord,
  deleteCategorieRelatieRecord,
  insertCategorieRecord,
  insertCategorieRelatieRecord,
  renameCategorieRecord,
  updateCategorieRelatieRecord,
} from '../parties/partij-gegevens.service.ts';
import { Type } from 'typebox';
import { loadCategorieen, loadCategorieRelaties } from './categorieen.load.ts';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, defined, FkRef, notEmpty, Nullable, requireFk } from './schemas.ts';

interface CategorieBody {
  naam: string;
}

const listCategorieen = (k: KiContext) =>
  k.trx.selectFrom('categorie').select('categorie.id').orderBy('categorie.naam').orderBy('categorie.id');
type CQ = ReturnType<typeof listCategorieen>;

export const categorieenResource: ResourceDef<CQ, CategorieBody> = {
  path: 'categorieen',
  noun: 'Categorie',
  persoonsgegevens: false,
  lezen: 'partij:lezen',
  schrijven: 'partij:schrijven',
  // The spec leaves naam optional; Loket's categorie is its name, so it is required on create.
  ...bodySchemas({ naam: Type.String({ minLength: 1, maxLength: 80 }) }, ['naam']),
  filters: defineFilters<CQ>({}),
  list: listCategorieen,
  load: (k, ids) => loadCategorieen(k, ids),
  table: 'categorie',
  remove: (k, id) => deleteCategorieRecord(k.trx, id),
  write: async (k, id, body) => {
    if (!id) return insertCategorieRecord(k.trx, body.naam ?? '');
    if (body.naam !== undefined) await renameCategorieRecord(k.trx, id, body.naam);
    return id;
  },
};

interface CategorieRelatieBody {
  partij?: FkRef | null;
  categorie?: FkRef | null;
  beginDatum?: string | null;
  eindDatum?: string | null;
}

const relatieProperties = {
  partij: Nullable(FkRef),
  categorie: Nullable(FkRef),
  beginDatum: Nullable(Type.String({ format: 'date' })),
  eindDatum: Nullable(Type.String({ format: 'date' })),
};

async function writeRelatie(k: KiContext, id: string | null, body: Partial<CategorieRelatieBody>): Promise<string> {
  const values = defined({
    partij_id: await requireFk(k, 'partij', body.partij, 'partij'),
    categorie_id: await requireFk(k, 'categorie', body.categorie, 'categorie'),
    begin_datum: body.beginDatum,
    eind_datum: body.eindDatum,
  });
  if (id) {
    await updateCategorieRelatieRecord(k.trx, id, values);
    return id;
  }
  return insertCategorieRelatieRecord(k.trx, notEmpty(values, 'partij'));
}

const listRelaties = (k: KiContext) =>
  k.trx
    .selectFrom('categorie_relatie')
    .leftJoin('categorie', 'categorie.id', 'categorie_relatie.categorie_id')
    .leftJoin('partij', 'partij.id', 'categorie_relatie.partij_id')
    .select('categorie_relatie.id')
    .orderBy('categorie_relatie.id');
type RQ = ReturnType<typeof listRelaties>;
const byCategorie = (q: RQ, v: string) => q.where('categorie_relatie.categorie_id', '=', v);
const byPartij = (q: RQ, v: string) => q.where('categorie_relatie.partij_id', '=', v);

export const categorieRelatiesResource: ResourceDef<RQ, CategorieRelatieBody> = {
  path: 'categorie-relaties',
  noun: 'Categorie-relatie',
  persoonsgegevens: false,
  lezen: 'partij:lezen',
  schrijven: 'partij:schrijven',
  ...bodySchemas(relatieProperties, []),
  filters: defineFilters<RQ>({
    beginDatum: f.date((q, v) => q.where('categorie_relatie.begin_datum', '=', v)),
    categorie__naam: f.string((q, v) => q.where('categorie.naam', '=', v)),
    categorie__url: f.url(byCategorie),
    categorie__uuid: f.uuid(byCategorie),
    eindDatum: f.date((q, v) => q.where('categorie_relatie.eind_datum', '=', v)),
    partij__nummer: f.string((q, v) => q.where('partij.nummer', '=', v)),
    partij__url: f.url(byPartij),
    partij__uuid: f.uuid(byPartij),
  }),
  list: listRelaties,
  load: (k, ids) => loadCategorieRelaties(k, ids),
  table: 'categorie_relatie',
  remove: (k, id) => deleteCategorieRelatieRecord(k.trx, id),
  write: writeRelatie,
};
