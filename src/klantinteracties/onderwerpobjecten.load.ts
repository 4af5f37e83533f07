import type { ObjectIdentificatorColumns } from '../db/schema.ts';
import { inOrder, type KiContext } from './ki-context.ts';

export function identificatorOut(row: ObjectIdentificatorColumns) {
  if (!row.object_id && !row.code_objecttype && !row.code_register && !row.code_soort_object_id) return null;
  return {
    objectId: row.object_id ?? '',
    codeObjecttype: row.code_objecttype ?? '',
    codeRegister: row.code_register ?? '',
    codeSoortObjectId: row.code_soort_object_id ?? '',
  };
}

/** Onderwerpobjecten: what a klantcontact was about (a zaak, a product), by object identification. */
export async function loadOnderwerpobjecten(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('onderwerpobject').selectAll().where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((o) => ({
    uuid: o.id,
    url: k.urls.of('onderwerpobjecten', o.id),
    klantcontact: k.urls.fk('klantcontacten', o.klantcontact_id),
    wasKlantcontact: k.urls.fk('klantcontacten', o.was_klantcontact_id),
    onderwerpobjectidentificator: identificatorOut(o),
  }));
}

/** Bijlagen: documents that came with a klantcontact, by object identification. */
export async function loadBijlagen(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx
    .selectFrom('bijlage')
    .select(['id', 'klantcontact_id', 'code_objecttype', 'code_register', 'code_soort_object_id', 'object_id'])
    .where('id', 'in', ids)
    .execute();
  return inOrder(ids, rows).map((b) => {
    k.touch('klantcontact', b.klantcontact_id, ['bijlagen'], 'klantcontact');
    return {
      uuid: b.id,
      url: k.urls.of('bijlagen', b.id),
      wasBijlageVanKlantcontact: k.urls.fk('klantcontacten', b.klantcontact_id),
      bijlageidentificator: identificatorOut(b),
    };
  });
}
