import { loadOpenApi, specValidator, type OpenApiDocument, type SpecValidator } from '../platform/openapi/openapi-schemas.ts';
import { fromRoot } from '../db/paden.ts';

/**
 * The official specifications Loket speaks with back offices (standards/), loaded once per
 * process when first needed. The clients check what a source answers against them; the test and
 * demo peers check what Loket asks and what they answer.
 */
export type SpecNaam = 'brp' | 'zaken' | 'catalogi' | 'notificaties';
type Json = Record<string, unknown>;

const FILES: Record<SpecNaam, string> = {
  brp: 'brp-personen-openapi.yaml',
  zaken: 'zaken-openapi.yaml',
  catalogi: 'catalogi-openapi.yaml',
  notificaties: 'notificaties-openapi.yaml',
};

export interface Spec {
  doc: OpenApiDocument;
  validator: SpecValidator;
  /** Checks a value against a component (`#/components/schemas/<name>`); returns the problems. */
  check(component: string, value: unknown, mode?: 'request' | 'response'): string[];
  /** A component cut down to the fields Loket reads: their schemas, and those of them the spec requires. */
  narrow(component: string, fields: string[]): Json;
}

const loaded = new Map<SpecNaam, Spec>();

export function spec(naam: SpecNaam): Spec {
  let found = loaded.get(naam);
  if (!found) {
    const doc = loadOpenApi(fromRoot('standards', FILES[naam]));
    const validator = specValidator(doc);
    found = {
      doc,
      validator,
      check: (component, value, mode = 'response') => validator.validate({ $ref: `#/components/schemas/${component}` }, value, mode),
      narrow(component, fields) {
        const schema = doc.components.schemas[component] as { properties: Record<string, Json>; required?: string[] };
        return {
          type: 'object',
          properties: Object.fromEntries(fields.map((f) => [f, schema.properties[f] ?? {}])),
          required: (schema.required ?? []).filter((f) => fields.includes(f)),
        };
      },
    };
    loaded.set(naam, found);
  }
  return found;
}
