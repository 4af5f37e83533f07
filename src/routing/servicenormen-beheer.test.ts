import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';

describe('GET /api/beheer/servicenormen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows the beheerder the norm and capacity that routing uses per channel, and nobody else', async () => {
    const beheerder = await t.login(['beheerder']);
    const response = await t.app.inject({ method: 'GET', url: '/api/beheer/servicenormen', headers: beheerder.headers });
    expect(response.statusCode).toBe(200);
    const { kanalen, standaardNormSeconden } = response.json<{
      kanalen: { kanaal: string; normSeconden: number; capaciteit: number }[];
      standaardNormSeconden: number;
    }>();
    expect(kanalen).toContainEqual({ kanaal: 'telefoon', normSeconden: 30, capaciteit: 1 });
    expect(kanalen).toContainEqual({ kanaal: 'email', normSeconden: 86_400, capaciteit: 10 });
    expect(standaardNormSeconden).toBe(86_400);

    const kcc = await t.login(['kcc']);
    expect((await t.app.inject({ method: 'GET', url: '/api/beheer/servicenormen', headers: kcc.headers })).statusCode).toBe(403);
  });
});
