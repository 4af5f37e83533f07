import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { LoketDatabase } from '../db/database.ts';
import type { App } from '../platform/http.ts';
import { openSecondNode } from '../test/test-database.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { assignAutomatically, assignWaiting } from './assignment.ts';
import { volumesToday } from './inbox.queries.ts';

describe('routing: presence, capacity, assignment across nodes', () => {
  let t: TestApp;
  let secondDb: LoketDatabase;
  let nodeB: App;
  let anna: Session;
  let bram: Session;
  let lead: Session;
  let chatCounter = 0;

  const chat = async (tekst = 'Hallo', afzender: { soort: 'email'; adres: string } | null = null) => {
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: `routing-${++chatCounter}`,
      afzender,
      draad: { externeId: `sessie-${chatCounter}` },
      tekst,
    });
    return processed!.gesprekId;
  };
  const assignee = async (id: string) =>
    await t.database.db.selectFrom('gesprek').select(['toegewezen_aan', 'status']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp();
    secondDb = await openSecondNode(t.database);
    nodeB = await buildApp({ database: secondDb, config: t.config, logger: false, backgroundJobs: false });
    anna = await t.login(['kcc']);
    bram = await t.login(['kcc']);
    lead = await t.login(['teamleider']);
  });
  afterAll(async () => {
    await nodeB.close();
    await secondDb.close();
    await t.close();
  });

  it('assigns only to available agents, within their channel capacity', async () => {
    const first = await chat();
    expect(await assignAutomatically(t.database.db, first, t.app.clock.now())).toBeUndefined();
    await t.app.inject({
      method: 'PUT',
      url: '/api/aanwezigheid',
      headers: anna.headers,
      payload: { status: 'beschikbaar', kanalen: ['webchat'] },
    });
    expect(await assignAutomatically(t.database.db, first, t.app.clock.now())).toBe(anna.medewerkerId);
    expect(await assignee(first)).toEqual({ toegewezen_aan: anna.medewerkerId, status: 'toegewezen' });
    await chat();
    await chat();
    await chat();
    expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(2); // webchat capacity is three chats
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/inbox?filter=ongetoegewezen', headers: anna.headers })).json().results;
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ kanaal: 'webchat', status: 'open', toegewezenAan: null });
    expect(inbox[0].slaDeadline).not.toBeNull();
    const mine = (await t.app.inject({ method: 'GET', url: '/api/inbox?filter=mijn', headers: anna.headers })).json().results;
    expect(mine).toHaveLength(3);
  });

  it('never assigns one gesprek twice when two nodes route at the same time', async () => {
    await t.app.inject({
      method: 'PUT',
      url: '/api/aanwezigheid',
      headers: bram.headers,
      payload: { status: 'beschikbaar', kanalen: ['webchat'] },
    });
    const ids = [await chat(), await chat(), await chat()];
    const results = await Promise.all([
      assignWaiting(t.database.db, { now: t.app.clock.now() }),
      assignWaiting(secondDb.db, { now: t.app.clock.now() }),
      ...ids.map((id) => assignAutomatically(secondDb.db, id, t.app.clock.now())),
    ]);
    expect(results.length).toBe(5);
    // A node that finds the agent's row locked by the other node skips it rather than risk over-assigning;
    // the routing job's next round picks up what was skipped.
    await assignWaiting(t.database.db, { now: t.app.clock.now() });
    const rows = await t.database.db.selectFrom('gesprek').select(['toegewezen_aan']).where('id', 'in', ids).execute();
    const counts = await t.database.db
      .selectFrom('gesprek')
      .select(['toegewezen_aan', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', ['toegewezen', 'wacht_op_klant'])
      .where('kanaal', '=', 'webchat')
      .groupBy('toegewezen_aan')
      .execute();
    for (const c of counts) expect(Number(c.n)).toBeLessThanOrEqual(3);
    // Bram's three chat slots are filled (oldest waiting chats first), and nothing went to anyone over capacity.
    expect(Number(counts.find((c) => c.toegewezen_aan === bram.medewerkerId)?.n)).toBe(3);
    expect(rows.every((r) => r.toegewezen_aan === bram.medewerkerId || r.toegewezen_aan === null)).toBe(true);
  });

  it('prefers the agent who last helped this partij', async () => {
    const first = await chat('Eerste vraag', { soort: 'email', adres: 'vaste.klant@example.nl' });
    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${first}/toewijzing`, headers: bram.headers, payload: {} });
    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${first}/afhandelen`, headers: bram.headers });
    // Free capacity for both, then a new chat by the same citizen goes to Bram.
    const busy = await t.database.db.selectFrom('gesprek').select('id').where('status', 'in', ['toegewezen', 'wacht_op_klant']).execute();
    for (const { id } of busy) await t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/afhandelen`, headers: anna.headers });
    const second = await chat('Tweede vraag', { soort: 'email', adres: 'vaste.klant@example.nl' });
    expect(await assignAutomatically(secondDb.db, second, t.app.clock.now())).toBe(bram.medewerkerId);
  });

  it('lets agents take, transfer and put back, and team leads see the queues', async () => {
    const id = await chat();
    await t.app.inject({ method: 'PUT', url: '/api/aanwezigheid', headers: anna.headers, payload: { status: 'pauze' } });
    await t.app.inject({ method: 'PUT', url: '/api/aanwezigheid', headers: bram.headers, payload: { status: 'pauze' } });
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/toewijzing`, headers: anna.headers, payload: {} })).statusCode,
    ).toBe(204);
    expect((await assignee(id)).toegewezen_aan).toBe(anna.medewerkerId);
    const taken = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/toewijzing`, headers: bram.headers, payload: {} });
    expect(taken.statusCode).toBe(409);
    await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${id}/toewijzing`,
      headers: anna.headers,
      payload: { medewerkerId: bram.medewerkerId },
    });
    expect((await assignee(id)).toegewezen_aan).toBe(bram.medewerkerId);
    await t.app.inject({ method: 'DELETE', url: `/api/gesprekken/${id}/toewijzing`, headers: bram.headers });
    expect(await assignee(id)).toEqual({ toegewezen_aan: null, status: 'open' });

    const overview = (await t.app.inject({ method: 'GET', url: '/api/teamleider/overzicht', headers: lead.headers })).json();
    expect(overview.wachtrijen.find((q: { kanaal: string }) => q.kanaal === 'webchat').wachtend).toBeGreaterThanOrEqual(1);
    expect(overview.medewerkers.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([anna.medewerkerId, bram.medewerkerId]));
    expect(overview.vandaag.find((v: { kanaal: string }) => v.kanaal === 'webchat').aantal).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/teamleider/overzicht', headers: anna.headers })).statusCode).toBe(403);
  });

  it("counts today's contacts from midnight to midnight in Amsterdam, at the moment it is given", async () => {
    // 23:59 on the 24th, 00:00 and 23:59 on Christmas Day, 00:00 on the 26th, all CET.
    for (const plaatsgevondenOp of ['2026-12-24T22:59:00Z', '2026-12-24T23:00:00Z', '2026-12-25T22:59:00Z', '2026-12-25T23:00:00Z']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: anna.headers,
        payload: { kanaal: 'balie', onderwerp: 'Aan de balie', plaatsgevondenOp },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const balie = async (now: string) =>
      (await volumesToday(t.database.db, new Date(now))).rows.find((r) => r.kanaal === 'balie')?.aantal ?? 0;
    expect(await balie('2026-12-25T12:00:00Z')).toBe(2);
    expect(await balie('2026-12-24T23:30:00Z')).toBe(2); // 00:30 on the 25th in Amsterdam, still the 24th in UTC
    expect(await balie('2026-12-24T22:30:00Z')).toBe(1);
  });
});
