import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from './app.ts';
import { createTestApp, type Session, type TestApp } from './test/test-app.ts';

describe('platform habits', () => {
  let t: TestApp;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('answers /health and /ready', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({ status: 'ready', database: t.database.kind });
  });

  it('publishes an OpenAPI document in which every API route has a schema', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/partijen',
      '/api/partijen/{id}/tijdlijn',
      '/api/klantcontacten',
      '/api/interne-taken',
      '/api/verwerkingen',
      '/api/auth/login',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    for (const [path, operations] of Object.entries(
      document.paths as Record<string, Record<string, { responses?: object; summary?: string }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.summary, `${method} ${path} has a summary`).toBeTruthy();
        expect(operation.responses, `${method} ${path} documents responses`).toBeTruthy();
      }
    }
  });

  it('gives coded errors: unknown route, malformed JSON, oversized body, wrong content type', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/bestaat-niet' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LOKET_ROUTE_NOT_FOUND');

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: { ...agent.headers, 'content-type': 'application/json' },
      payload: '{"soortPartij": "persoon",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toMatch(/^LOKET_/);

    const oversized = await t.app.inject({
      method: 'POST',
      url: '/api/klantcontacten',
      headers: { ...agent.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ kanaal: 'email', onderwerp: 'x', inhoud: 'a'.repeat(BODY_LIMIT_BYTES + 10) }),
    });
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json().error.message).toBe('Het verzoek is te groot.');

    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: { ...agent.headers, 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(wrongType.statusCode).toBe(415);
  });

  it('tags every response with a request id, and reuses one the caller sends', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'proxy-123' } });
    expect(response.headers['x-request-id']).toBe('proxy-123');
    const generated = await t.app.inject({ method: 'GET', url: '/health' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight before closing', async () => {
    let release!: () => void;
    let entered!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handlerEntered = new Promise<void>((resolve) => (entered = resolve));
    const t = await createTestApp(
      {},
      {
        extend: (app) =>
          app.get('/test/langzaam', { schema: { hide: true } }, async () => {
            entered();
            await gate;
            return { klaar: true };
          }),
      },
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const inFlight = fetch(`http://127.0.0.1:${port}/test/langzaam`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await handlerEntered;
    const closing = t.app.close();
    let closed = false;
    void closing.then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    release();
    expect(await inFlight).toEqual({ status: 200, body: { klaar: true } });
    await closing;
    await t.database.close();
  });
});
