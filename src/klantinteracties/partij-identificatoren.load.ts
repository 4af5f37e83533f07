import type { Selectable } from 'kysely';
import type { PartijIdentificatorTable } from '../db/schema.ts';
import { inOrder, type KiContext } from './ki-context.ts';

export function identificatorOut(k: KiContext, i: Selectable<PartijIdentificatorTable>) {
  return {
    uuid: i.id,
    url: k.urls.of('partij-identificatoren', i.id),
    identificeerdePartij: k.urls.fk('partijen', i.partij_id),
    anderePartijIdentificator: i.andere_partij_identificator ?? '',
    partijIdentificator: {
      codeObjecttype: i.code_objecttype,
      codeSoortObjectId: i.code_soort_object_id,
      objectId: i.object_id,
      codeRegister: i.code_register,
    },
    subIdentificatorVan: k.urls.fk('partij-identificatoren', i.sub_identificator_van_id),
  };
}

export async function loadPartijIdentificatoren(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('partij_identificator').selectAll().where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((i) => {
    k.touch('partij', i.partij_id, ['identificatoren'], 'klant');
    return identificatorOut(k, i);
  });
}
