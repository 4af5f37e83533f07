import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type Compiled = ((...args: never[]) => unknown) & { errors?: unknown };

/** Counts of schema compilations since start, for the start-up benchmark. */
export const schemaCompilations = { distinct: 0, shared: 0, compiled: 0 };

/** Compilations not yet done: run on first use, or ahead of it by warmSchemaCompilers(). */
const pending = new Set<() => void>();

/**
 * A compiled function that is only compiled when it is first called (Fastify compiles every
 * route's schemas at start; most are not needed in the first seconds), and compiled once per
 * distinct schema: Loket's routes share most of theirs (error responses, ids, paging).
 */
function lazyShared<D>(compile: (definition: D) => Compiled, key: (definition: D) => string): (definition: D) => Compiled {
  const byKey = new Map<string, Compiled>();
  return (definition) => {
    const k = key(definition);
    const known = byKey.get(k);
    if (known) {
      schemaCompilations.shared++;
      return known;
    }
    let real: Compiled | undefined;
    const ensure = () => {
      if (real) return real;
      real = compile(definition);
      pending.delete(ensure);
      schemaCompilations.compiled++;
      return real;
    };
    // Ajv leaves a validation's errors on the function, where Fastify reads them.
    const wrapper: Compiled = Object.assign((...args: never[]) => {
      const fn = ensure();
      const result = fn(...args);
      wrapper.errors = fn.errors;
      return result;
    });
    pending.add(ensure);
    byKey.set(k, wrapper);
    schemaCompilations.distinct++;
    return wrapper;
  };
}

/**
 * Fastify's own compilers (Ajv for validation, fast-json-stringify for responses), each distinct
 * schema compiled once and not before it is needed. The key is the schema's JSON (with the request
 * part for validators, whose coercion differs by part).
 */
export const sharedSchemaCompilers: CompilersFactory = {
  buildValidator: (externalSchemas, options) => {
    const compile = AjvCompiler()(externalSchemas, options);
    const lazy = lazyShared(
      (d: Parameters<typeof compile>[0]) => compile(d) as Compiled,
      (d) => `${d.httpPart ?? ''}\u0000${JSON.stringify(d.schema)}`,
    );
    return lazy as unknown as typeof compile; // same call shape; Ajv's return type names its own class
  },
  buildSerializer: (externalSchemas, options) => {
    const compile = SerializerSelector()(externalSchemas, options);
    const lazy = lazyShared(
      (d: Parameters<typeof compile>[0]) => compile(d) as Compiled,
      (d) => JSON.stringify(d.schema),
    );
    return lazy as unknown as typeof compile;
  },
};

/**
 * Compiles what is still pending, a few at a time between other work, so a server that is
 * already answering does not make its first callers wait for a compilation. Resolves when done.
 */
export async function warmSchemaCompilers(sliceMs = 20): Promise<number> {
  let count = 0;
  while (pending.size > 0) {
    const until = performance.now() + sliceMs;
    for (const ensure of pending) {
      ensure();
      count++;
      if (performance.now() > until) break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return count;
}
