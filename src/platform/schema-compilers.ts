import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/** Counts of schema compilations since start, for the start-up benchmark. */
export const schemaCompilations = { validators: 0, validatorsShared: 0, serializers: 0, serializersShared: 0 };

function memoized<D, F>(
  compile: (definition: D) => F,
  key: (definition: D) => string,
  counted: 'validators' | 'serializers',
): (definition: D) => F {
  const compiled = new Map<string, F>();
  return (definition) => {
    const k = key(definition);
    let fn = compiled.get(k);
    if (fn === undefined) {
      fn = compile(definition);
      compiled.set(k, fn);
      schemaCompilations[counted]++;
    } else {
      schemaCompilations[counted === 'validators' ? 'validatorsShared' : 'serializersShared']++;
    }
    return fn;
  };
}

/**
 * Fastify's own compilers (Ajv for validation, fast-json-stringify for responses), each distinct
 * schema compiled once. Fastify compiles every route's schemas at start, and Loket's routes share
 * most of theirs (error responses, ids, paging): compiling them once per route cost seconds.
 * The key is the schema's JSON (with the request part for validators, whose coercion differs).
 */
export const sharedSchemaCompilers: CompilersFactory = {
  buildValidator: (externalSchemas, options) =>
    memoized(AjvCompiler()(externalSchemas, options), (d) => `${d.httpPart ?? ''}\u0000${JSON.stringify(d.schema)}`, 'validators'),
  buildSerializer: (externalSchemas, options) =>
    memoized(SerializerSelector()(externalSchemas, options), (d) => JSON.stringify(d.schema), 'serializers'),
};
