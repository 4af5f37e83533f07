import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FieldProblem } from '../../platform/errors.ts';
import { DefinitieOngeldig } from './formulieren.errors.ts';

/**
 * A form's definition is a JSON Schema (draft-07) for an object. Loket reads three annotations
 * of its own: `x-loket-rol` (naam, email or telefoonnummer of the sender, or locatie for an
 * address/coordinates group), `x-invoer: "tekstvak"` (a multi-line field) and `x-foutmelding`
 * (the message shown for any problem with that field). The schema both validates submissions
 * and describes the HTML form: one level of nested objects becomes a fieldset.
 */
export type Rol = 'naam' | 'email' | 'telefoonnummer' | 'locatie';
export type Invoer = 'tekst' | 'tekstvak' | 'email' | 'tel' | 'datum' | 'keuzerondjes' | 'keuzelijst' | 'vinkje' | 'getal' | 'groep';

export interface Veld {
  /** Dotted path, also the HTML name: "locatie.adres". */
  naam: string;
  label: string;
  hint: string | undefined;
  invoer: Invoer;
  opties: string[];
  verplicht: boolean;
  rol: Rol | undefined;
  foutmelding: string | undefined;
  velden: Veld[];
}

const ROLLEN = ['naam', 'email', 'telefoonnummer', 'locatie'] as const;
const NAAM = /^[A-Za-z][A-Za-z0-9_]{0,49}$/;
const MAX_VELDEN = 100;
const MAX_KEUZERONDJES = 5;

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  addUsedSchema: false,
  logger: false,
});
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
ajv.addKeyword({ keyword: 'x-loket-rol', metaSchema: { enum: [...ROLLEN] } });
ajv.addKeyword({ keyword: 'x-invoer', metaSchema: { enum: ['tekst', 'tekstvak'] } });
ajv.addKeyword({ keyword: 'x-foutmelding', metaSchema: { type: 'string', minLength: 1, maxLength: 300 } });

type Schema = Record<string, unknown>;
const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface GecompileerdFormulier {
  velden: Veld[];
  validate: ValidateFunction;
}

function invoerOf(schema: Schema, rol: Rol | undefined): Invoer | undefined {
  if (schema.type === 'object') return 'groep';
  if (schema.type === 'boolean') return 'vinkje';
  if (schema.type === 'number' || schema.type === 'integer') return 'getal';
  if (schema.type !== 'string') return undefined;
  if (Array.isArray(schema.enum)) return schema.enum.length <= MAX_KEUZERONDJES ? 'keuzerondjes' : 'keuzelijst';
  if (schema.format === 'email' || rol === 'email') return 'email';
  if (rol === 'telefoonnummer') return 'tel';
  if (schema.format === 'date') return 'datum';
  return schema['x-invoer'] === 'tekstvak' ? 'tekstvak' : 'tekst';
}

/** Reads the fields from a schema ajv accepted; reports what Loket cannot render, by path. */
function readVelden(schema: Schema, pad: string[], problems: FieldProblem[]): Veld[] {
  const where = (...rest: string[]) => ['body.definitie', ...pad.flatMap((p) => ['properties', p]), ...rest].join('.');
  if (schema.type !== 'object' || !isObject(schema.properties) || Object.keys(schema.properties).length === 0) {
    problems.push({ field: where(), message: 'moet een object zijn ("type": "object") met ten minste één veld in "properties"' });
    return [];
  }
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const velden: Veld[] = [];
  for (const [key, property] of Object.entries(schema.properties)) {
    const field = where('properties', key);
    if (!NAAM.test(key)) problems.push({ field, message: 'een veldnaam begint met een letter en bevat alleen letters, cijfers en _' });
    if (!isObject(property)) {
      problems.push({ field, message: 'moet een schema-object zijn' });
      continue;
    }
    const rol = property['x-loket-rol'] as Rol | undefined;
    const invoer = invoerOf(property, rol);
    if (!invoer) {
      problems.push({ field, message: 'Loket toont velden van het type string, number, integer, boolean of object' });
      continue;
    }
    if (invoer === 'groep' && pad.length > 0) problems.push({ field, message: 'een groep velden kan niet in een andere groep staan' });
    if (rol === 'locatie' ? invoer !== 'groep' : rol !== undefined && property.type !== 'string')
      problems.push({ field, message: `x-loket-rol "${rol}" past niet bij dit type veld` });
    velden.push({
      naam: [...pad, key].join('.'),
      label: typeof property.title === 'string' ? property.title : key,
      hint: typeof property.description === 'string' ? property.description : undefined,
      invoer,
      opties: Array.isArray(property.enum) ? property.enum.map(String) : [],
      verplicht: required.includes(key),
      rol,
      foutmelding: property['x-foutmelding'] as string | undefined,
      velden: invoer === 'groep' && pad.length === 0 ? readVelden(property, [key], problems) : [],
    });
  }
  return velden;
}

/** Checks a beheerder's definition: a valid JSON Schema, compilable, and renderable as a form. */
export function compileDefinitie(definitie: unknown): GecompileerdFormulier {
  const problems: FieldProblem[] = [];
  if (!isObject(definitie)) throw DefinitieOngeldig([{ field: 'body.definitie', message: 'moet een JSON Schema-object zijn' }]);
  if (!ajv.validateSchema(definitie)) {
    throw DefinitieOngeldig(
      (ajv.errors ?? []).map((e) => ({ field: `body.definitie${e.instancePath.replace(/\//g, '.')}`, message: e.message ?? 'ongeldig' })),
    );
  }
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(definitie);
  } catch (error) {
    throw DefinitieOngeldig([
      { field: 'body.definitie', message: error instanceof Error ? error.message.slice(0, 300) : 'ongeldig schema' },
    ]);
  }
  const velden = readVelden(definitie, [], problems);
  if (velden.flatMap((v) => [v, ...v.velden]).length > MAX_VELDEN)
    problems.push({ field: 'body.definitie', message: `een formulier heeft hoogstens ${MAX_VELDEN} velden` });
  if (problems.length > 0) throw DefinitieOngeldig(problems);
  return { velden, validate };
}

export function alleVelden(velden: Veld[]): Veld[] {
  return velden.flatMap((v) => [v, ...alleVelden(v.velden)]);
}

function melding(error: ErrorObject, veld: Veld | undefined): string {
  if (veld?.foutmelding) return veld.foutmelding;
  const limit = (error.params as { limit?: number }).limit;
  switch (error.keyword) {
    case 'required':
      return veld?.invoer === 'keuzerondjes' || veld?.invoer === 'keuzelijst' ? 'Maak een keuze.' : 'Vul dit veld in.';
    case 'minLength':
      return `Vul ten minste ${limit} tekens in.`;
    case 'maxLength':
      return `Vul hoogstens ${limit} tekens in.`;
    case 'format':
      return veld?.invoer === 'email'
        ? 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'
        : veld?.invoer === 'datum'
          ? 'Vul een datum in, zoals 2026-12-31.'
          : 'De invoer heeft niet de juiste vorm.';
    case 'pattern':
      return 'De invoer heeft niet de juiste vorm.';
    case 'enum':
      return 'Kies een van de mogelijkheden.';
    case 'type':
      return (error.params as { type?: string }).type === 'string'
        ? 'Vul tekst in.'
        : (error.params as { type?: string }).type === 'boolean'
          ? 'Kies ja of nee.'
          : 'Vul een getal in.';
    case 'minimum':
    case 'exclusiveMinimum':
      return `Vul een getal in van ten minste ${limit}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `Vul een getal in van hoogstens ${limit}.`;
    case 'const':
      return veld?.invoer === 'vinkje' ? 'Vink dit aan om verder te gaan.' : 'Deze waarde is niet toegestaan.';
    case 'anyOf':
    case 'oneOf':
      return 'Vul een van de mogelijke combinaties in.';
    default:
      return 'Deze invoer is niet geldig.';
  }
}

/** Validates normalised answers; problems name the field as the API does ("body.locatie.adres"), one per field. */
export function valideerAntwoorden(formulier: GecompileerdFormulier, antwoorden: Record<string, unknown>): FieldProblem[] {
  if (formulier.validate(antwoorden)) return [];
  const byNaam = new Map(alleVelden(formulier.velden).map((v) => [v.naam, v]));
  const problems = new Map<string, string>();
  // A failed anyOf/oneOf reports every branch too; its own message says it better.
  const errors = (formulier.validate.errors ?? []).filter((e) => !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath));
  for (const error of errors) {
    const missing = error.keyword === 'required' ? `/${(error.params as { missingProperty: string }).missingProperty}` : '';
    const naam = `${error.instancePath}${missing}`.replace(/^\//, '').replace(/\//g, '.');
    const field = naam ? `body.${naam}` : 'body';
    if (!problems.has(field)) problems.set(field, melding(error, byNaam.get(naam)));
  }
  return [...problems].map(([field, message]) => ({ field, message }));
}
