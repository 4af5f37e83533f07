import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('searching the processing log by purpose, page by page', () => {
  let t: TestApp;
  let beheerder: Session;
  let partijId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const kcc = await t.login(['kcc']);
    beheerder = await t.login(['beheerder']);
    partijId = (
      await t.app.inject({ method: 'POST', url: '/api/partijen', headers: kcc.headers, payload: persoon({ identificatoren: [] }) })
    ).json().id;
    for (const doel of ['Vraag over de Bladkorf', 'Melding afval', 'Tweede vraag over de bladkorf'])
      await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}`, headers: { ...kcc.headers, 'x-verwerking-doel': doel } });
  });
  afterAll(() => t.close());

  const zoek = async (query: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/verwerkingen?objectId=${partijId}&${query}`,
      headers: beheerder.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { results: { doel: string }[]; meer: boolean };
  };

  it('finds a purpose by any part of it in any case, and reads % as a plain character', async () => {
    expect((await zoek('doel=bladkorf')).results.map((r) => r.doel)).toEqual(['Tweede vraag over de bladkorf', 'Vraag over de Bladkorf']);
    expect((await zoek('doel=%25')).results).toEqual([]);
  });

  it('pages without gaps or repeats and says when there is more', async () => {
    const first = await zoek('doel=bladkorf&limit=1');
    const second = await zoek('doel=bladkorf&limit=1&offset=1');
    expect(first).toMatchObject({ meer: true, results: [{ doel: 'Tweede vraag over de bladkorf' }] });
    expect(second).toMatchObject({ meer: false, results: [{ doel: 'Vraag over de Bladkorf' }] });
  });
});
