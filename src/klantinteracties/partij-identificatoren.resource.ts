import { deleteIdentificatorRecord, insertIdentificatorRecord, updateIdentificatorRecord } from '../parties/partij-records.service.ts';
import { Type } from 'typebox';
import { checkIdentificatoren } from '../parties/partij-validation.ts';
import type { IdentificatorInput } from '../parties/parties.schemas.ts';
import { LoketError } from '../platform/errors.ts';
import { invalidParam } from './api-errors.ts';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import { loadPartijIdentificatoren } from './partij-identificatoren.load.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, defined, fieldName, FkRef, Nullable, requireFk } from './schemas.ts';

const enumOf = <V extends string>(values: readonly V[]) => Type.Union(values.map((v) => Type.Literal(v)));
const OBJECTTYPES = ['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging'] as const;
const SOORTEN = ['bsn', 'vestigingsnummer', 'kvk_nummer', 'rsin'] as const;
const REGISTERS = ['brp', 'hr'] as const;

export const PartijIdentificatorGroep = Type.Object({
  codeObjecttype: enumOf(OBJECTTYPES),
  codeSoortObjectId: enumOf(SOORTEN),
  objectId: Type.String({ minLength: 1, maxLength: 200 }),
  codeRegister: enumOf(REGISTERS),
});

const properties = {
  identificeerdePartij: Nullable(FkRef),
  anderePartijIdentificator: Type.String({ maxLength: 200 }),
  partijIdentificator: PartijIdentificatorGroep,
  subIdentificatorVan: Nullable(FkRef),
};
export const NestedIdentificator = Type.Object({
  uuid: Type.Optional(Type.String({ format: 'uuid' })),
  ...bodySchemas(properties, ['partijIdentificator']).patchBody.properties,
  partijIdentificator: PartijIdentificatorGroep,
});

export interface IdentificatorBody {
  identificeerdePartij?: FkRef | null;
  anderePartijIdentificator?: string;
  partijIdentificator: IdentificatorInput;
  subIdentificatorVan?: FkRef | null;
}

/** Creates or updates one identificator, checking the BSN elfproef and uniqueness as Loket's own API does. */
export async function saveIdentificator(
  k: KiContext,
  id: string | null,
  body: Partial<IdentificatorBody>,
  field: string,
  partijId?: string | null,
): Promise<string> {
  const groep = body.partijIdentificator;
  if (groep) {
    try {
      checkIdentificatoren([groep], field);
    } catch (error) {
      if (error instanceof LoketError)
        throw invalidParam(fieldName(field, 'partijIdentificator.objectId'), 'invalid', error.fields[0]?.message ?? 'ongeldig');
      throw error;
    }
    const taken = await k.trx
      .selectFrom('partij_identificator')
      .select('id')
      .where('code_soort_object_id', '=', groep.codeSoortObjectId)
      .where('object_id', '=', groep.objectId)
      .where('sub_identificator_van_id', 'is', null)
      .executeTakeFirst();
    if (taken && taken.id !== id && !body.subIdentificatorVan)
      throw invalidParam(fieldName(field, 'partijIdentificator'), 'unique', 'Deze partij-identificator bestaat al.');
  }
  const values = defined({
    partij_id:
      partijId !== undefined ? partijId : await requireFk(k, 'partij', body.identificeerdePartij, fieldName(field, 'identificeerdePartij')),
    andere_partij_identificator: body.anderePartijIdentificator,
    sub_identificator_van_id: await requireFk(k, 'partij_identificator', body.subIdentificatorVan, fieldName(field, 'subIdentificatorVan')),
    ...(groep
      ? {
          code_objecttype: groep.codeObjecttype,
          code_soort_object_id: groep.codeSoortObjectId,
          object_id: groep.objectId,
          code_register: groep.codeRegister,
        }
      : {}),
  });
  if (id) {
    await updateIdentificatorRecord(k.trx, id, values);
    return id;
  }
  if (!groep) throw invalidParam(fieldName(field, 'partijIdentificator'), 'required', 'Dit veld is vereist.');
  return insertIdentificatorRecord(k.trx, {
    ...values,
    code_objecttype: groep.codeObjecttype,
    code_soort_object_id: groep.codeSoortObjectId,
    object_id: groep.objectId,
    code_register: groep.codeRegister,
  });
}

const list = (k: KiContext) =>
  k.trx.selectFrom('partij_identificator').select('partij_identificator.id').orderBy('aangemaakt_op').orderBy('id');
type Q = ReturnType<typeof list>;

export const partijIdentificatorenResource: ResourceDef<Q, IdentificatorBody> = {
  path: 'partij-identificatoren',
  noun: 'Partij-identificator',
  lezen: 'partij:lezen',
  schrijven: 'partij:schrijven',
  ...bodySchemas(properties, ['partijIdentificator']),
  filters: defineFilters<Q>({
    anderePartijIdentificator: f.string((q, v) => q.where('andere_partij_identificator', '=', v)),
    partijIdentificatorCodeObjecttype: f.oneOf(OBJECTTYPES)((q, v) => q.where('code_objecttype', '=', v)),
    partijIdentificatorCodeRegister: f.oneOf(REGISTERS)((q, v) => q.where('code_register', '=', v)),
    partijIdentificatorCodeSoortObjectId: f.oneOf(SOORTEN)((q, v) => q.where('code_soort_object_id', '=', v)),
    partijIdentificatorObjectId: f.string((q, v) => q.where('object_id', '=', v)),
  }),
  list,
  load: (k, ids) => loadPartijIdentificatoren(k, ids),
  table: 'partij_identificator',
  write: (k, id, body) => saveIdentificator(k, id, body, ''),
  remove: (k, id) => deleteIdentificatorRecord(k.trx, id),
};
