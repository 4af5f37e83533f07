import { Type, type TSchema } from 'typebox';
import { invalidParam } from './api-errors.ts';
import type { IdQuery } from './pagination.ts';
import { uuidFromUrl } from '../contract/klantinteracties-urls.ts';

/**
 * The spec's query filters, declared once per resource: each gives the parameter's schema (so a
 * bad value is a 400 before the handler) and how it narrows the resource's id query.
 */
export interface Filter<Q, V> {
  schema: TSchema;
  apply(query: Q, value: V, name: string): Q;
}

export interface Filters<Q> {
  schema: Record<string, TSchema>;
  apply: Record<string, (query: Q, value: unknown, name: string) => Q>;
}

export function defineFilters<Q extends IdQuery>(filters: Record<string, Filter<Q, never>>): Filters<Q> {
  const schema: Record<string, TSchema> = {};
  const apply: Filters<Q>['apply'] = {};
  for (const [name, filter] of Object.entries(filters)) {
    schema[name] = Type.Optional(filter.schema);
    apply[name] = filter.apply as (query: Q, value: unknown, name: string) => Q;
  }
  return { schema, apply };
}

export function applyFilters<Q extends IdQuery>(filters: Filters<Q>, query: Q, values: Record<string, unknown>): Q {
  let result = query;
  for (const [name, apply] of Object.entries(filters.apply)) {
    const value = values[name];
    if (value !== undefined && value !== '') result = apply(result, value, name);
  }
  return result;
}

const make =
  <V>(schema: TSchema) =>
  <Q>(apply: (query: Q, value: V) => Q): Filter<Q, V> => ({ schema, apply });

export const f = {
  string: make<string>(Type.String({ maxLength: 1000 })),
  uuid: make<string>(Type.String({ format: 'uuid' })),
  bool: make<boolean>(Type.Boolean()),
  date: make<string>(Type.String({ format: 'date' })),
  dateTime: make<string>(Type.String({ format: 'date-time' })),
  oneOf: <V extends string>(values: readonly V[]) => make<V>(Type.Union(values.map((v) => Type.Literal(v)))),
  /** A `__url` filter: the url must name a resource by its uuid. */
  url<Q>(apply: (query: Q, uuid: string) => Q): Filter<Q, string> {
    return {
      schema: Type.String({ format: 'uri', maxLength: 1000 }),
      apply(query, value, name) {
        const uuid = uuidFromUrl(value);
        if (!uuid) throw invalidParam(name, 'invalid', 'Geen url van een resource van deze API.');
        return apply(query, uuid);
      },
    };
  },
};
