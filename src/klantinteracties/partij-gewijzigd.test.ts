import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { persoonBody } from './contract/contract-fixtures.ts';
import { API_PREFIX } from '../contract/klantinteracties-urls.ts';

describe('Klantinteracties API: a changed partij', () => {
  const clock = new FixedClock('2026-03-02T09:30:00Z');
  let t: TestApp;
  let token: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    token = await t.token('kcc');
  });
  afterAll(() => t?.close());

  it('is marked changed at the time of the app clock, like the rest of Loket', async () => {
    const created = await t.app.inject({ method: 'POST', url: `${API_PREFIX}/partijen`, headers: token, payload: persoonBody() });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ uuid: string }>().uuid;
    clock.set('2026-03-05T14:00:00Z');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `${API_PREFIX}/partijen/${id}`,
      headers: token,
      payload: { interneNotitie: 'Belt liever na de middag' },
    });
    expect(patched.statusCode).toBe(200);
    const row = await t.database.db.selectFrom('partij').select('gewijzigd_op').where('id', '=', id).executeTakeFirstOrThrow();
    expect(new Date(row.gewijzigd_op).toISOString()).toBe('2026-03-05T14:00:00.000Z');
  });
});
