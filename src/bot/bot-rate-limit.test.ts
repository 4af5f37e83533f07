import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { FixedClock } from '../platform/clock.ts';
import type { App } from '../platform/http.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { openSecondNode } from '../test/test-database.ts';

/**
 * The bot's public routes are throttled through the database (src/platform/throttle.ts), so a
 * limit reached on one node holds on every other node behind the load balancer.
 */
describe('bot rate limit shared between nodes', () => {
  const LIMIT = 3;
  const clock = new FixedClock('2026-03-02T10:00:00Z');
  let t: TestApp;
  let second: App;
  let secondDb: TestApp['database'];

  const ask = (app: App, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/bot/ask', remoteAddress, payload: { text: 'Waar staan de bladkorven?', channel: 'webchat' } });

  beforeAll(async () => {
    t = await createTestApp({ BOT_RATE_LIMIT_PER_MINUTE: String(LIMIT) }, { overrides: { clock } });
    secondDb = await openSecondNode(t.database);
    second = await buildApp({ database: secondDb, config: t.config, logger: false, backgroundJobs: false, clock });
  });
  afterAll(async () => {
    await second.close();
    if (secondDb !== t.database) await secondDb.close();
    await t.close();
  });

  it('counts questions from one address on both nodes together: 429 with Retry-After on the other node', async () => {
    const codes = [
      (await ask(t.app, '10.1.1.1')).statusCode,
      (await ask(second, '10.1.1.1')).statusCode,
      (await ask(t.app, '10.1.1.1')).statusCode,
    ];
    expect(codes).toEqual([200, 200, 200]);
    const refused = await ask(second, '10.1.1.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('LOKET_BOT_TE_VEEL_VRAGEN');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await ask(t.app, '10.1.1.1')).statusCode).toBe(429);
    // Another address is not hindered, on either node.
    expect((await ask(second, '10.1.1.2')).statusCode).toBe(200);
  });

  it('lets the address ask again after a quiet minute', async () => {
    clock.advance(61_000);
    expect((await ask(second, '10.1.1.1')).statusCode).toBe(200);
  });

  it('no longer depends on @fastify/rate-limit (per-node memory)', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(pkg.dependencies?.['@fastify/rate-limit']).toBeUndefined();
  });
});
