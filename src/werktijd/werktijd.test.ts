import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('GET /api/werktijd/deadline', () => {
  let t: TestApp;
  let redacteur: Session;
  let beheerder: Session;
  let teamId: string;

  beforeAll(async () => {
    t = await createTestApp({ WERKTIJD_SLUITINGSDAGEN: '2026-12-07' });
    redacteur = await t.login(['redacteur']);
    beheerder = await t.login(['beheerder']);
    teamId = (await t.database.db.selectFrom('team').select('id').where('naam', '=', 'KCC').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  const get = (query: string, session: Session | null = redacteur) =>
    t.app.inject({ method: 'GET', url: `/api/werktijd/deadline?${query}`, headers: session?.headers ?? {} });
  const van = encodeURIComponent('2026-12-04T16:30:00+01:00');

  it('adds a norm in working time for any logged-in role, skipping the closing day', async () => {
    // Friday 16:30 + 1 hour; Monday 7 December is a closing day → Tuesday 09:00.
    const response = await get(`van=${van}&norm=PT1H`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ deadline: '2026-12-08T08:00:00.000Z' });
    expect((await get(`van=${van}&werkdagen=2`)).json()).toEqual({ deadline: '2026-12-09T16:00:00.000Z' });
    expect((await get(`van=${van}&norm=PT1H`, null)).statusCode).toBe(401);
  });

  it("uses a team's own opening hours once a beheerder stored them", async () => {
    const put = (payload: object, session = beheerder) =>
      t.app.inject({ method: 'PUT', url: `/api/werktijd/teams/${teamId}`, headers: session.headers, payload });
    const weekend = { ma: null, di: null, wo: null, do: null, vr: null, za: '10:00-12:00', zo: null };
    expect((await put({ openingstijden: weekend, terugbeltermijnWerkdagen: 1 }, redacteur)).statusCode).toBe(403);
    expect((await put({ openingstijden: weekend, terugbeltermijnWerkdagen: 1 })).statusCode).toBe(204);
    expect((await get(`van=${van}&norm=PT1H&team=${teamId}`)).json()).toEqual({ deadline: '2026-12-05T10:00:00.000Z' });
    expect((await put({ openingstijden: null, terugbeltermijnWerkdagen: null })).statusCode).toBe(204);
  });

  it('refuses bad input with a field-level 400', async () => {
    const field = async (response: Promise<{ statusCode: number; json: () => { error: { fields: { field: string }[] } } }>) => {
      const r = await response;
      expect(r.statusCode).toBe(400);
      return r.json().error.fields.map((f) => f.field);
    };
    expect(await field(get(`van=${van}&norm=-PT1H`))).toEqual(['querystring.norm']);
    expect(await field(get(`van=${van}&norm=P1D`))).toEqual(['querystring.norm']);
    expect(await field(get(`van=${van}`))).toEqual(['querystring.norm']);
    expect(await field(get(`van=${van}&werkdagen=-1`))).toEqual(['querystring.werkdagen']);
    expect(await field(get('van=gisteren&norm=PT1H'))).toEqual(['querystring.van']);
    const zeroLength = t.app.inject({
      method: 'PUT',
      url: `/api/werktijd/teams/${teamId}`,
      headers: beheerder.headers,
      payload: {
        openingstijden: { ma: '09:00-09:00', di: null, wo: null, do: null, vr: '08:30-17:00', za: null, zo: null },
        terugbeltermijnWerkdagen: null,
      },
    });
    expect(await field(zeroLength)).toEqual(['body.openingstijden.ma']);
    const unknownTeam = await get(`van=${van}&norm=PT1H&team=5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f`);
    expect(unknownTeam.json().error.code).toBe('LOKET_TEAM_NOT_FOUND');
  });
});
