import { deleteRekeningnummerRecord, insertRekeningnummerRecord, updateRekeningnummerRecord } from '../parties/partij-gegevens.service.ts';
import { Type } from 'typebox';
import { defineFilters, f } from './filters.ts';
import { inOrder, type KiContext } from './ki-context.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, defined, FkRef, Nullable, requireFk } from './schemas.ts';

const properties = {
  partij: Nullable(FkRef),
  iban: Type.String({ pattern: '^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$', maxLength: 34 }),
  bic: Type.String({ pattern: '^([\\S]{8,11})?$', maxLength: 11 }),
};

interface RekeningnummerBody {
  partij?: FkRef | null;
  iban: string;
  bic?: string;
}

async function write(k: KiContext, id: string | null, body: Partial<RekeningnummerBody>): Promise<string> {
  const values = defined({
    partij_id: await requireFk(k, 'partij', body.partij, 'partij'),
    iban: body.iban?.toUpperCase(),
    bic: body.bic === undefined ? undefined : body.bic.toUpperCase() || null,
  });
  if (id) {
    await updateRekeningnummerRecord(k.trx, id, values);
    return id;
  }
  return insertRekeningnummerRecord(k.trx, { ...values, iban: values.iban ?? '' });
}

async function load(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('rekeningnummer').selectAll().where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((r) => {
    k.touch('partij', r.partij_id, ['rekeningnummers'], 'klant');
    return {
      uuid: r.id,
      url: k.urls.of('rekeningnummers', r.id),
      partij: k.urls.fk('partijen', r.partij_id),
      iban: r.iban,
      bic: r.bic ?? '',
    };
  });
}

const list = (k: KiContext) => k.trx.selectFrom('rekeningnummer').select('rekeningnummer.id').orderBy('rekeningnummer.id');
type Q = ReturnType<typeof list>;

/** Rekeningnummers: bank accounts (IBAN) of a partij, e.g. for refunds. */
export const rekeningnummersResource: ResourceDef<Q, RekeningnummerBody> = {
  path: 'rekeningnummers',
  noun: 'Rekeningnummer',
  lezen: 'partij:lezen',
  schrijven: 'partij:schrijven',
  ...bodySchemas(properties, ['iban']),
  filters: defineFilters<Q>({
    bic: f.string((q, v) => q.where('bic', '=', v)),
    iban: f.string((q, v) => q.where('iban', '=', v.toUpperCase())),
    uuid: f.uuid((q, v) => q.where('id', '=', v)),
  }),
  list,
  load,
  table: 'rekeningnummer',
  write: write,
  remove: (k, id) => deleteRekeningnummerRecord(k.trx, id),
};
