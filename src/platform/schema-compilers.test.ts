import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { schemaCompilations, sharedSchemaCompilers, warmSchemaCompilers } from './schema-compilers.ts';

const Body = { type: 'object', required: ['naam'], properties: { naam: { type: 'string', minLength: 2 } }, additionalProperties: false };
const Antwoord = { type: 'object', properties: { naam: { type: 'string' } } };

async function app() {
  const server = Fastify({ schemaController: { compilersFactory: sharedSchemaCompilers } });
  for (const url of ['/a', '/b'])
    server.post(url, { schema: { body: { ...Body }, response: { 200: { ...Antwoord } } } }, async (request) => ({
      ...(request.body as object),
      geheim: 'niet in het antwoord',
    }));
  await server.ready();
  return server;
}

describe('route schemas compiled once and on first use', () => {
  it('compiles one validator and one serializer for two routes with the same schemas, not before a request needs them', async () => {
    const before = { ...schemaCompilations };
    const server = await app();
    expect(schemaCompilations.distinct - before.distinct).toBe(2);
    expect(schemaCompilations.compiled - before.compiled).toBe(0);
    const ok = await server.inject({ method: 'POST', url: '/a', payload: { naam: 'Lindelaan' } });
    expect(ok.json()).toEqual({ naam: 'Lindelaan' }); // the serializer drops what the schema does not list
    expect(schemaCompilations.compiled - before.compiled).toBe(2);
    await server.inject({ method: 'POST', url: '/b', payload: { naam: 'Lindelaan' } });
    expect(schemaCompilations.compiled - before.compiled).toBe(2);
    await server.close();
  });

  it('still answers 400 with the validator’s own message, also on the route that shares it', async () => {
    const server = await app();
    for (const url of ['/a', '/b']) {
      const response = await server.inject({ method: 'POST', url, payload: { naam: 'x' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/naam.*(2|fewer)/);
    }
    await server.close();
  });

  it('compiles what is still pending when warmed, after which nothing is left to compile', async () => {
    const server = await app();
    await warmSchemaCompilers();
    const compiled = schemaCompilations.compiled;
    await server.inject({ method: 'POST', url: '/a', payload: { naam: 'Lindelaan' } });
    expect(schemaCompilations.compiled).toBe(compiled);
    expect(await warmSchemaCompilers()).toBe(0);
    await server.close();
  });
});
