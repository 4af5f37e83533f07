import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Turns an OpenAPI 3.0 document into schemas ajv can check: `nullable` becomes a null type,
 * a oneOf with a discriminator mapping becomes if/then per value (ajv cannot read the mapping,
 * and the alternatives would otherwise all match), and in requests read-only fields are not
 * required. Used by the contract tests, the back-office test peers, and the back-office clients
 * that check what a source answers. A discriminator without a oneOf (BRP's PersonenQuery) is not
 * dispatched: validate against the concrete schema its `type` names.
 */
type Json = Record<string, unknown>;
export type Mode = 'request' | 'response';

export interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: Json }[];
  requestBody?: { content?: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Json> };
}

export function loadOpenApi(path: string): OpenApiDocument {
  return parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convert(node: unknown, mode: Mode, id: string): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, mode, id));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'discriminator' || key === 'example') continue;
    out[key] = key === '$ref' ? String(value).replace('#/components/schemas/', `${id}#/definitions/`) : convert(value, mode, id);
  }
  if (mode === 'request' && Array.isArray(out.required) && isObject(node.properties)) {
    const properties = node.properties;
    out.required = (out.required as string[]).filter((name) => !(isObject(properties[name]) && properties[name].readOnly === true));
  }
  const discriminator = node.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
  // Without a mapping (the Zaken API's polymorphic rollen) the oneOf stays as written.
  if (discriminator?.mapping && Array.isArray(node.oneOf)) {
    const prop = discriminator.propertyName;
    delete out.oneOf;
    out.type = 'object';
    out.required = [prop];
    const mapping = discriminator.mapping;
    out.properties = { [prop]: { enum: Object.keys(mapping) } };
    out.allOf = Object.entries(mapping).map(([value, ref]) => ({
      if: { properties: { [prop]: { const: value } } },
      then: { $ref: ref.replace('#/components/schemas/', `${id}#/definitions/`) },
    }));
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

export interface SpecValidator {
  validate(schema: Json, value: unknown, mode: Mode): string[];
}

export function specValidator(doc: OpenApiDocument, extra: Record<string, Json> = {}): SpecValidator {
  // The specifications' patterns escape characters that need no escape (\', \-): not valid with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  for (const mode of ['request', 'response'] as const) {
    const definitions = Object.fromEntries(
      Object.entries({ ...doc.components.schemas, ...extra }).map(([name, schema]) => [name, convert(schema, mode, mode)]),
    );
    ajv.addSchema({ $id: mode, definitions });
  }
  const cache = new Map<string, ValidateFunction>();
  return {
    validate(schema, value, mode) {
      const key = `${mode}:${JSON.stringify(schema)}`;
      let fn = cache.get(key);
      if (!fn) {
        fn = ajv.compile(convert(schema, mode, mode) as Json);
        cache.set(key, fn);
      }
      return fn(value) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    },
  };
}

/** Fout and ValidatieFout of the VNG API common specification; the spec's error responses follow them. */
export const FOUT_SCHEMAS: Record<string, Json> = {
  Fout: {
    type: 'object',
    required: ['code', 'title', 'status', 'detail', 'instance'],
    properties: {
      type: { type: 'string' },
      code: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
    },
  },
  ValidatieFout: {
    allOf: [
      { $ref: '#/components/schemas/Fout' },
      {
        type: 'object',
        required: ['invalidParams'],
        properties: {
          invalidParams: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['name', 'code', 'reason'],
              properties: { name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
            },
          },
        },
      },
    ],
  },
};
