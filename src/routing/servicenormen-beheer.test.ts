import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { App } from '../platform/http.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

// Friday 4 December 2026, 16:59:30 in Amsterdam: a chat starts waiting half a minute before closing.
const VRIJDAG = new Date('2026-12-04T15:59:30Z');

describe('service norms set by the beheerder', () => {
  const clock = new FixedClock('2026-12-04T15:59:50Z');
  let t: TestApp;
  let tweede: App;
  let beheerder: Session;
  let agent: Session;
  let gesprekId: string;

  const zet = (kanaal: string, payload: Record<string, unknown>, sessie = beheerder) =>
    t.app.inject({ method: 'PUT', url: `/api/beheer/servicenormen/${kanaal}`, headers: sessie.headers, payload });
  const resterend = async (app: App) => {
    const response = await app.inject({ method: 'GET', url: '/api/inbox', headers: agent.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().results.find((r: { id: string }) => r.id === gesprekId).slaResterendSeconden as number;
  };

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    // A second Loket node on the same database, with its own event hub and its own copy of the norms.
    tweede = await buildApp({ database: t.database, config: t.config, logger: false, backgroundJobs: false, clock });
    await tweede.ready();
    beheerder = await t.login(['beheerder']);
    agent = await t.login(['kcc']);
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'norm-1',
      afzender: null,
      draad: { externeId: 'sessie-norm-1' },
      tekst: 'Hallo',
    });
    gesprekId = processed!.gesprekId;
    await t.database.db.updateTable('gesprek').set({ wacht_sinds: VRIJDAG }).where('id', '=', gesprekId).execute();
  });
  afterAll(async () => {
    await tweede?.close();
    await t?.close();
  });

  it('starts from the norms Loket had in its code, with an 80% target, for the beheerder only', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/beheer/servicenormen', headers: beheerder.headers });
    expect(response.statusCode).toBe(200);
    const { kanalen, standaardNormSeconden } = response.json<{
      kanalen: { kanaal: string; normSeconden: number; doelPercentage: number; capaciteit: number }[];
      standaardNormSeconden: number;
    }>();
    expect(kanalen).toContainEqual({ kanaal: 'telefoon', normSeconden: 30, doelPercentage: 80, capaciteit: 1 });
    expect(kanalen).toContainEqual({ kanaal: 'email', normSeconden: 86_400, doelPercentage: 80, capaciteit: 10 });
    expect(standaardNormSeconden).toBe(86_400);
    expect((await t.app.inject({ method: 'GET', url: '/api/beheer/servicenormen', headers: agent.headers })).statusCode).toBe(403);
    expect((await zet('webchat', { normSeconden: 120, doelPercentage: 90 }, agent)).statusCode).toBe(403);
  });

  it('refuses a norm that makes no sense with the field at fault', async () => {
    const velden = async (kanaal: string, payload: Record<string, unknown>) => {
      const response = await zet(kanaal, payload);
      expect(response.statusCode, response.body).toBe(400);
      const { error } = response.json<{ error: { code: string; fields: { field: string }[] } }>();
      expect(error.code).toBe('LOKET_VALIDATION_FAILED');
      return error.fields.map((f) => f.field);
    };
    expect(await velden('webchat', { normSeconden: 0, doelPercentage: 80 })).toEqual(['body.normSeconden']);
    expect(await velden('webchat', { normSeconden: -60, doelPercentage: 80 })).toEqual(['body.normSeconden']);
    expect(await velden('webchat', { normSeconden: 365 * 24 * 3600, doelPercentage: 80 })).toEqual(['body.normSeconden']);
    expect(await velden('webchat', { normSeconden: 1.5, doelPercentage: 80 })).toEqual(['body.normSeconden']);
    expect(await velden('webchat', { normSeconden: 60, doelPercentage: 0 })).toEqual(['body.doelPercentage']);
    expect(await velden('webchat', { normSeconden: 60, doelPercentage: 101 })).toEqual(['body.doelPercentage']);
    expect(await velden('webchat', { normSeconden: 60 })).toEqual(['body.doelPercentage']);
    // A channel where nobody waits for an agent (a letter) has no norm to set.
    expect(await velden('brief', { normSeconden: 60, doelPercentage: 80 })).toEqual(['params.kanaal']);
    const opgeslagen = await t.database.db.selectFrom('servicenorm').selectAll().where('kanaal', '=', 'webchat').executeTakeFirstOrThrow();
    expect(opgeslagen).toMatchObject({ norm_seconden: 60, doel_percentage: 80 });
  });

  it('moves the inbox countdown on this node at once and on the other node by the event', async () => {
    expect(await resterend(t.app)).toBe(40);
    expect(await resterend(tweede)).toBe(40);
    // The second node answers from its copy: a change behind Loket's back does not reach it ...
    await t.database.db.updateTable('servicenorm').set({ norm_seconden: 600 }).where('kanaal', '=', 'webchat').execute();
    expect(await resterend(tweede)).toBe(40);

    const response = await zet('webchat', { normSeconden: 120, doelPercentage: 90 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ kanaal: 'webchat', normSeconden: 120, doelPercentage: 90, capaciteit: 3 });
    expect(await resterend(t.app)).toBe(100);
    // ... a beheerder's change on the first node does, by the event.
    await expect.poll(() => resterend(tweede), { timeout: 10_000 }).toBe(100);

    const lijst = (await tweede.inject({ method: 'GET', url: '/api/beheer/servicenormen', headers: beheerder.headers })).json();
    expect(lijst.kanalen).toContainEqual({ kanaal: 'webchat', normSeconden: 120, doelPercentage: 90, capaciteit: 3 });
  });

  it('measures the service-norm report against the stored norm', async () => {
    // Tuesday 3 March 2026, 10:00 Amsterdam: a call answered by nobody, closed after 45 s.
    await t.database.db
      .insertInto('gesprek')
      .values({ kanaal: 'telefoon', gestart_op: '2026-03-03T09:00:00Z', afgesloten_op: '2026-03-03T09:00:45Z', status: 'afgehandeld' })
      .execute();
    const teamleider = await t.login(['teamleider']);
    const telefoon = async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/rapportage/servicenormen?van=2026-03-02&tot=2026-03-06',
        headers: teamleider.headers,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().kanalen.find((k: { kanaal: string }) => k.kanaal === 'telefoon');
    };
    expect(await telefoon()).toMatchObject({ norm: 'PT30S', afgehandeld: 1, binnenNorm: 0 });
    expect((await zet('telefoon', { normSeconden: 60, doelPercentage: 80 })).statusCode).toBe(200);
    expect(await telefoon()).toMatchObject({ norm: 'PT1M', afgehandeld: 1, binnenNorm: 1 });
  });
});
