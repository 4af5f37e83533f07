import { Type, type TSchema } from 'typebox';
import type { Adres } from '../db/schema.ts';
import { invalidParam } from './api-errors.ts';
import type { KiContext } from './ki-context.ts';

/** Building blocks of the request bodies, after the spec's component schemas. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A reference to another resource: `{uuid}` (the url is read-only in the spec). */
export const FkRef = Type.Object({ uuid: Type.String({ format: 'uuid' }), url: Type.Optional(Type.String()) });
export type FkRef = { uuid: string };

export const AdresBody = Type.Object({
  nummeraanduidingId: Type.Optional(Type.String({ pattern: '^([0-9]{16})?$', maxLength: 16 })),
  straatnaam: Type.Optional(Type.String({ maxLength: 255 })),
  huisnummer: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 99999 }))),
  huisnummertoevoeging: Type.Optional(Type.String({ maxLength: 20 })),
  postcode: Type.Optional(Type.String({ pattern: '^([1-9][0-9]{3} [A-Z]{2})?$', maxLength: 7 })),
  stad: Type.Optional(Type.String({ maxLength: 255 })),
  adresregel1: Type.Optional(Type.String({ maxLength: 80 })),
  adresregel2: Type.Optional(Type.String({ maxLength: 80 })),
  adresregel3: Type.Optional(Type.String({ maxLength: 80 })),
  land: Type.Optional(Type.String({ pattern: '^([A-Z]{2})?$' })),
});

export const ObjectIdentificatorBody = Type.Object({
  objectId: Type.Optional(Type.String({ maxLength: 200 })),
  codeObjecttype: Type.Optional(Type.String({ maxLength: 200 })),
  codeRegister: Type.Optional(Type.String({ maxLength: 200 })),
  codeSoortObjectId: Type.Optional(Type.String({ maxLength: 200 })),
});
export type ObjectIdentificatorBody = { objectId?: string; codeObjecttype?: string; codeRegister?: string; codeSoortObjectId?: string };

/**
 * POST and PUT need the mandatory fields; PATCH needs none. Fields the spec marks read-only
 * (uuid, url, ...) may be sent back and are ignored, as Open Klant does.
 */
export function bodySchemas(properties: Record<string, TSchema>, required: readonly string[]) {
  const optional = (schema: TSchema) => Type.Optional(schema);
  const full: Record<string, TSchema> = {};
  const partial: Record<string, TSchema> = {};
  for (const [name, schema] of Object.entries(properties)) {
    full[name] = required.includes(name) ? schema : optional(schema);
    partial[name] = optional(schema);
  }
  return { body: Type.Object(full), patchBody: Type.Object(partial) };
}

/** Stored address: empty strings dropped, null when nothing is left. */
export function adresColumn(adres: Adres | null | undefined): string | null | undefined {
  if (adres === undefined) return undefined;
  if (adres === null) return null;
  const kept = Object.fromEntries(Object.entries(adres).filter(([, v]) => v !== '' && v !== null && v !== undefined));
  return Object.keys(kept).length === 0 ? null : JSON.stringify(kept);
}

const ADRES_FIELDS = [
  'nummeraanduidingId',
  'straatnaam',
  'huisnummer',
  'huisnummertoevoeging',
  'postcode',
  'stad',
  'adresregel1',
  'adresregel2',
  'adresregel3',
  'land',
] as const;

/** Address as the spec shows it: the known fields (an empty string would break the spec's patterns). */
export function adresOut(adres: Adres | null) {
  if (!adres) return null;
  const out: Record<string, string | number> = {};
  for (const field of ADRES_FIELDS) {
    const value = adres[field];
    if (value !== undefined && value !== null && value !== '') out[field] = value;
  }
  return out;
}

type FkTable =
  | 'partij'
  | 'klantcontact'
  | 'betrokkene'
  | 'actor'
  | 'digitaal_adres'
  | 'rekeningnummer'
  | 'categorie'
  | 'partij_identificator'
  | 'onderwerpobject'
  | 'interne_taak';

/** Checks that a referenced resource exists; a dangling reference is a 400 naming the field. */
export async function requireFk(
  k: KiContext,
  table: FkTable,
  ref: FkRef | null | undefined,
  field: string,
): Promise<string | null | undefined> {
  if (ref === undefined) return undefined;
  if (ref === null) return null;
  const row = await k.trx.selectFrom(table).select('id').where('id', '=', ref.uuid).executeTakeFirst();
  if (!row) throw invalidParam(`${field}.uuid`, 'does_not_exist', `Object met uuid ${ref.uuid} bestaat niet.`);
  return row.id;
}

export async function requireFks(k: KiContext, table: FkTable, refs: FkRef[], field: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, ref] of refs.entries()) ids.push((await requireFk(k, table, ref, `${field}.${i}`)) as string);
  return ids;
}

/** Drops undefined values so a partial update only sets what was sent. */
/**
 * A new object with no field at all: refused naming the field that gives it meaning, because
 * an object without any data says nothing (and PostgreSQL refuses `insert () values ()`).
 */
export function notEmpty<T extends object>(values: T, field: string): T {
  if (Object.keys(values).length === 0)
    throw invalidParam(field, 'required', 'Geef dit veld op: een object zonder gegevens kan niet worden aangemaakt.');
  return values;
}

export function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A field's name in invalidParams, under an optional parent path. */
export const fieldName = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);
