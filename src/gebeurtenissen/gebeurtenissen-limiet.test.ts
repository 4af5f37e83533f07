import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

const NOW = '2026-11-24T10:00:00Z';

const cloudEvent = (id: string) => ({
  specversion: '1.0',
  id,
  source: 'urn:nld:gemeente-lindendaal:sensoren',
  type: 'nl.lindendaal.container.vulgraad',
  data: { containerId: 'GFT-0412', vulgraad: 85 },
});

/**
 * Issue 14's bad input: a flood from one source is rate-limited (GEBEURTENISSEN_LIMIET_PER_MINUUT,
 * GEBEURTENISSEN_PIEK) without losing what was accepted: a refused event is not stored at all, and
 * the same event sent again after Retry-After is taken and processed once.
 */
describe('the CloudEvents intake limits a flood per source', () => {
  const clock = new FixedClock(NOW);
  let t: TestApp;
  let sensoren: Record<string, string>;
  let camera: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ GEBEURTENISSEN_LIMIET_PER_MINUUT: '6', GEBEURTENISSEN_PIEK: '3' }, { overrides: { clock } });
    sensoren = await t.token('gebeurtenisbron');
    camera = await t.token('gebeurtenisbron');
  });
  afterAll(() => t.close());

  const post = (body: unknown, token: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...token, 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify(body),
    });
  const opgeslagen = () => t.database.db.selectFrom('gebeurtenis').select(['soort', 'inhoud', 'status']).execute();

  it('answers 429 with Retry-After over the limit and stores nothing of the refused event; the retry is taken and processed once', async () => {
    for (const id of ['e1', 'e2', 'e3']) expect((await post(cloudEvent(id), sensoren)).statusCode).toBe(202);
    const teVeel = await post(cloudEvent('e4'), sensoren);
    expect(teVeel.statusCode).toBe(429);
    expect(teVeel.headers['retry-after']).toBe('10');
    expect(teVeel.json().error.code).toBe('LOKET_TE_VEEL_GEBEURTENISSEN');
    expect((await opgeslagen()).map((g) => (g.inhoud as { id: string }).id).sort()).toEqual(['e1', 'e2', 'e3']);

    // Another source has its own limit.
    expect((await post(cloudEvent('c1'), camera)).statusCode).toBe(202);

    clock.advance(9_000);
    expect((await post(cloudEvent('e4'), sensoren)).statusCode).toBe(429);
    clock.advance(1_000);
    const opnieuw = await post(cloudEvent('e4'), sensoren);
    expect(opnieuw.statusCode).toBe(202);
    expect(opnieuw.json().dubbel).toBe(false);

    await t.app.gebeurtenissen.processDue();
    const alles = await opgeslagen();
    expect(alles.map((g) => (g.inhoud as { id: string }).id).sort()).toEqual(['c1', 'e1', 'e2', 'e3', 'e4']);
    expect(alles.every((g) => g.status === 'verwerkt')).toBe(true);
  });

  it('counts a replayed event against the limit too, and still answers it the same once it is let through', async () => {
    clock.advance(60_000);
    for (let i = 0; i < 3; i++) expect((await post(cloudEvent('e1'), sensoren)).json()).toMatchObject({ dubbel: true });
    expect((await post(cloudEvent('e1'), sensoren)).statusCode).toBe(429);
    expect((await opgeslagen()).filter((g) => (g.inhoud as { id: string }).id === 'e1')).toHaveLength(1);
  });
});
