import { deleteOnderwerpobjectRecord } from '../contacts/klantcontact-records.service.ts';
import { Type } from 'typebox';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import { deleteKlantcontact, onderwerpobjectProperties, writeOnderwerpobject, type OnderwerpobjectBody } from './klantcontacten.write.ts';
import { loadOnderwerpobjecten } from './onderwerpobjecten.load.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, FkRef, Nullable } from './schemas.ts';

const list = (k: KiContext) => k.trx.selectFrom('onderwerpobject').select('onderwerpobject.id').orderBy('onderwerpobject.id');
type Q = ReturnType<typeof list>;
const ident = (column: 'code_objecttype' | 'code_register' | 'code_soort_object_id' | 'object_id') =>
  f.string<Q>((q, v) => q.where(column, '=', v));
const byKlantcontact = (q: Q, v: string) => q.where('klantcontact_id', '=', v);
const byWasKlantcontact = (q: Q, v: string) => q.where('was_klantcontact_id', '=', v);

/**
 * With cascade=true the onderwerpobject's klantcontacten go too, unless another onderwerpobject
 * or an interne taak still needs them; those are answered as `behouden`.
 */
async function remove(k: KiContext, id: string, query: Record<string, unknown>) {
  const row = await k.trx
    .selectFrom('onderwerpobject')
    .select(['klantcontact_id', 'was_klantcontact_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await deleteOnderwerpobjectRecord(k.trx, id);
  if (query.cascade !== true) return undefined;
  const behouden: string[] = [];
  for (const contactId of new Set([row.klantcontact_id, row.was_klantcontact_id].filter((c): c is string => c !== null))) {
    const inUse = await k.trx
      .selectFrom('onderwerpobject')
      .select('id')
      .where((eb) => eb.or([eb('klantcontact_id', '=', contactId), eb('was_klantcontact_id', '=', contactId)]))
      .executeTakeFirst();
    const taak = await k.trx.selectFrom('interne_taak').select('id').where('klantcontact_id', '=', contactId).executeTakeFirst();
    if (inUse || taak) behouden.push(k.urls.of('klantcontacten', contactId));
    else await deleteKlantcontact(k, contactId);
  }
  return { behouden };
}

export const onderwerpobjectenResource: ResourceDef<Q, OnderwerpobjectBody> = {
  path: 'onderwerpobjecten',
  noun: 'Onderwerpobject',
  persoonsgegevens: false,
  lezen: 'klantcontact:lezen',
  schrijven: 'klantcontact:schrijven',
  ...bodySchemas({ ...onderwerpobjectProperties, klantcontact: Nullable(FkRef) }, []),
  filters: defineFilters<Q>({
    klantcontact__url: f.url(byKlantcontact),
    klantcontact__uuid: f.uuid(byKlantcontact),
    onderwerpobjectidentificatorCodeObjecttype: ident('code_objecttype'),
    onderwerpobjectidentificatorCodeRegister: ident('code_register'),
    onderwerpobjectidentificatorCodeSoortObjectId: ident('code_soort_object_id'),
    onderwerpobjectidentificatorObjectId: ident('object_id'),
    wasKlantcontact__url: f.url(byWasKlantcontact),
    wasKlantcontact__uuid: f.uuid(byWasKlantcontact),
  }),
  list,
  load: (k, ids) => loadOnderwerpobjecten(k, ids),
  table: 'onderwerpobject',
  write: writeOnderwerpobject,
  remove,
  deleteQuery: Type.Object({ cascade: Type.Boolean({ default: false }) }),
};
