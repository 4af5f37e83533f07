import { deleteBijlageRecord, insertBijlageRecord, updateBijlageRecord } from '../contacts/klantcontact-records.service.ts';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import { identificatorColumns } from './klantcontacten.write.ts';
import { loadBijlagen } from './onderwerpobjecten.load.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, defined, FkRef, notEmpty, Nullable, ObjectIdentificatorBody, requireFk } from './schemas.ts';

interface BijlageBody {
  wasBijlageVanKlantcontact?: FkRef | null;
  bijlageidentificator?: ObjectIdentificatorBody | null;
}

async function write(k: KiContext, id: string | null, body: Partial<BijlageBody>): Promise<string> {
  const values = {
    ...defined({ klantcontact_id: await requireFk(k, 'klantcontact', body.wasBijlageVanKlantcontact, 'wasBijlageVanKlantcontact') }),
    ...identificatorColumns(body.bijlageidentificator),
  };
  if (id) {
    await updateBijlageRecord(k.trx, id, values);
    return id;
  }
  return insertBijlageRecord(k.trx, notEmpty(values, 'wasBijlageVanKlantcontact'));
}

const list = (k: KiContext) => k.trx.selectFrom('bijlage').select('bijlage.id').orderBy('bijlage.id');
type Q = ReturnType<typeof list>;
const ident = (column: 'code_objecttype' | 'code_register' | 'code_soort_object_id' | 'object_id') =>
  f.string<Q>((q, v) => q.where(column, '=', v));

export const bijlagenResource: ResourceDef<Q, BijlageBody> = {
  path: 'bijlagen',
  noun: 'Bijlage',
  lezen: 'klantcontact:lezen',
  schrijven: 'klantcontact:schrijven',
  ...bodySchemas({ wasBijlageVanKlantcontact: Nullable(FkRef), bijlageidentificator: Nullable(ObjectIdentificatorBody) }, []),
  filters: defineFilters<Q>({
    bijlageidentificatorCodeObjecttype: ident('code_objecttype'),
    bijlageidentificatorCodeRegister: ident('code_register'),
    bijlageidentificatorCodeSoortObjectId: ident('code_soort_object_id'),
    bijlageidentificatorObjectId: ident('object_id'),
    klantcontact__uuid: f.uuid((q, v) => q.where('klantcontact_id', '=', v)),
  }),
  list,
  load: (k, ids) => loadBijlagen(k, ids),
  table: 'bijlage',
  remove: (k, id) => deleteBijlageRecord(k.trx, id),
  write: write,
};
