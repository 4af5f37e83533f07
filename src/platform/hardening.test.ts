import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from './clock.ts';
import { loggerOptions, redactUrl } from './logging.ts';
import { PUBLIC_ROUTE } from './throttle.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

const CTI_SECRET = 'centrale-geheim-0123456789abcdef';
const SITE = 'https://www.lindendaal.nl';

describe('hardening: headers, socket origins, secrets out of logs, public rate limits', () => {
  let t: TestApp;
  const logLines: string[] = [];
  const clock = new FixedClock('2026-12-07T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(
      { WIDGET_ORIGINS: SITE, TELEFOON_CTI_GEHEIMEN: `centrale=${CTI_SECRET}` },
      {
        overrides: {
          clock,
          logger: { ...(loggerOptions('info') as object), stream: { write: (line: string) => void logLines.push(line) } },
        },
        extend: (app) => {
          app.get('/test-werkplek', async (_request, reply) =>
            reply.type('text/html; charset=utf-8').send('<!doctype html><title>werkplek</title>'),
          );
        },
      },
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('sends CSP with frame-ancestors, Referrer-Policy and nosniff on every HTML page', async () => {
    const desktop = await t.app.inject({ method: 'GET', url: '/test-werkplek' });
    expect(desktop.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(desktop.headers['content-security-policy']).toContain("script-src 'self'");
    expect(desktop.headers).toMatchObject({
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
    const form = await t.app.inject({ method: 'GET', url: '/formulieren/contactformulier' });
    expect(form.headers['content-security-policy']).toMatch(/script-src 'nonce-[^']+'.*; frame-ancestors https:\/\/www\.lindendaal\.nl$/);
    expect(form.headers['x-frame-options']).toBeUndefined();
    expect(form.headers['referrer-policy']).toBe('same-origin');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('opens the chat socket only from WIDGET_ORIGINS (or Loket itself)', async () => {
    const url = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/webchat/ws`;
    const open = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(url, { headers: { origin } });
        socket.once('open', () => (socket.close(), resolve(101)));
        socket.once('unexpected-response', (_request, response) => (socket.terminate(), resolve(response.statusCode ?? 0)));
        socket.once('error', () => resolve(-1));
      });
    expect(await open('https://kwaadwillend.example')).toBe(403);
    expect(await open(SITE)).toBe(101);
    expect(await open('http://localhost:8080')).toBe(101);
  });

  it('takes the CTI secret in a header, and keeps it (and the deprecated URL form) out of the log', async () => {
    const body = { event: 'newCall', callId: 'log-1', from: '0612345678', direction: 'in' };
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/telefoon/cti', headers: { 'x-loket-cti-secret': CTI_SECRET }, payload: body }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/telefoon/cti',
          headers: { 'x-loket-cti-secret': 'geraden-geheim-0123456789' },
          payload: body,
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/telefoon/cti/${CTI_SECRET}`, payload: { ...body, callId: 'log-2' } })).statusCode,
    ).toBe(200);
    const log = logLines.join('\n');
    expect(log).toContain('/api/telefoon/cti/[geheim]');
    expect(log).not.toContain(CTI_SECRET);
    expect(redactUrl('/api/auth/oidc/callback?state=abc&code=xyz')).toBe('/api/auth/oidc/callback?state=[geheim]&code=[geheim]');
  });

  it('throttles chat starts per address through the database: 429 with Retry-After, others unaffected', async () => {
    const start = (remoteAddress: string) => t.app.inject({ method: 'POST', url: '/api/webchat/sessies', remoteAddress, payload: {} });
    const codes: number[] = [];
    for (let i = 0; i <= PUBLIC_ROUTE.free; i++) codes.push((await start('198.51.100.7')).statusCode);
    expect(codes.slice(0, PUBLIC_ROUTE.free).every((c) => c === 201)).toBe(true);
    const refused = await start('198.51.100.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('LOKET_TE_VEEL_POGINGEN');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await start('198.51.100.8')).statusCode).toBe(201);
    clock.advance(Number(refused.headers['retry-after']) * 1000);
    expect((await start('198.51.100.7')).statusCode).toBe(201);
    const form = await t.app.inject({ method: 'POST', url: '/api/terugbelverzoeken', remoteAddress: '198.51.100.7', payload: {} });
    expect(form.statusCode).toBe(400);
  });
});
