import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from '../../db/database.ts';
import { EventHub } from '../../platform/realtime/event-bus.ts';
import { persoon } from '../../test/fixtures.ts';
import { openSecondNode } from '../../test/test-database.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../../test/test-app.ts';
import { TestSocket } from '../../test/ws-client.ts';
import { ALERT_ONTHULLING, ALERT_ZIN, LiveAnalyse } from './live-analyse.ts';

const CALL = 'call-live-1';
const segments = [
  { speaker: 'agent', start: 0, end: 2, text: 'Gemeente Lindendaal, met Anna.' },
  { speaker: 'klant', start: 2.5, end: 6, text: 'Goedemorgen, ik bel over mijn aanvraag voor een parkeervergunning.' },
  // A case status before the caller is verified: the agent is warned.
  { speaker: 'agent', start: 6.5, end: 9, text: 'Ik zie dat uw aanvraag vorige week is goedgekeurd.' },
  // After a 6-second silence, a phrase the team leads hear about.
  { speaker: 'klant', start: 15, end: 18, text: 'Dan wil ik, eh, mijn abonnement opzeggen.' },
  // Said after "geverifieerd" was pressed: no warning.
  { speaker: 'agent', start: 18.5, end: 21, text: 'Dank u. Het besluit is op maandag verstuurd.' },
] as const;

describe('live conversation analytics on a call', () => {
  let t: TestApp;
  let lead: Session;
  let agent: Session;
  let cti: Record<string, string>;
  let leadSocket: TestSocket;
  let agentSocket: TestSocket;
  let gesprekId: string;
  // A second node hearing the same events: it must not alert a second time.
  let secondDb: LoketDatabase;
  let secondHub: EventHub;
  let secondNode: LiveAnalyse;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`;
    lead = await t.login(['teamleider'], 'lisa');
    agent = await t.login(['kcc'], 'anna');
    cti = await t.token('kcc');
    leadSocket = await TestSocket.open(url, { cookie: lead.cookie });
    agentSocket = await TestSocket.open(url, { cookie: agent.cookie });
    await leadSocket.next((f) => f.type === 'verbonden');
    await agentSocket.next((f) => f.type === 'verbonden');
    secondDb = await openSecondNode(t.database);
    secondHub = new EventHub();
    await secondHub.start(secondDb);
    secondNode = new LiveAnalyse(secondDb.db, t.app.log);
    secondNode.start(secondHub);
    await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon() });
  });
  afterAll(async () => {
    leadSocket.close();
    agentSocket.close();
    await secondNode.stop();
    await secondHub.stop();
    await secondDb.close();
    await t.close();
  });

  const cti_ = (payload: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/telefoon/cti', headers: cti, payload });
  const postSegment = (i: number) =>
    t.app.inject({
      method: 'POST',
      url: `/api/telefoon/gesprekken/${CALL}/transcript`,
      headers: cti,
      payload: { segmenten: [segments[i]] },
    });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const ofType = (socket: TestSocket, type: string) => socket.frames.filter((f) => f.type === type);

  it('alerts team leads within a second of the phrase, and warns the agent of a disclosure before verification', async () => {
    await cti_({ event: 'newCall', callId: CALL, from: '+31612345678', direction: 'in' });
    await cti_({ event: 'answer', callId: CALL, user: 'anna' });
    gesprekId = ((await agentSocket.next((f) => f.type === 'telefoon.beantwoord')).data as { gesprekId: string }).gesprekId;

    for (const i of [0, 1]) {
      expect((await postSegment(i)).json()).toEqual({ opgeslagen: 1, alBekend: 0 });
      await pause(50);
    }
    const disclosedAt = performance.now();
    await postSegment(2);
    const warning = await agentSocket.next((f) => f.type === ALERT_ONTHULLING, 2000);
    const warningMs = performance.now() - disclosedAt;
    expect(warning.data).toMatchObject({
      gesprekId,
      callId: CALL,
      soort: 'onthulling_voor_verificatie',
      gegeven: 'zaakstatus',
      segment: 2,
    });
    expect(warningMs).toBeLessThan(1000);

    const saidAt = performance.now();
    await postSegment(3);
    const alert = await leadSocket.next((f) => f.type === ALERT_ZIN, 2000);
    const alertMs = performance.now() - saidAt;
    console.info(`phrase alert after ${alertMs.toFixed(0)} ms, disclosure warning after ${warningMs.toFixed(0)} ms`);
    expect(alertMs).toBeLessThan(1000);
    expect(alert.data).toMatchObject({
      gesprekId,
      callId: CALL,
      kanaal: 'telefoon',
      medewerkerId: agent.medewerkerId,
      zin: 'opzeggen',
      segment: 3,
      start: 15,
    });

    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/verificatie`,
      headers: agent.headers,
      payload: { naam: 'Marieke Jansen', geboortedatum: '1968-04-17', postcode: '3541 AB' },
    });
    expect(verified.statusCode).toBe(200);
    await pause(20);
    await postSegment(4);
    await pause(400);

    // Exactly one alert and one warning, though two nodes analysed every batch.
    expect(ofType(leadSocket, ALERT_ZIN)).toHaveLength(1);
    expect(ofType(agentSocket, ALERT_ONTHULLING)).toHaveLength(1);
    expect(ofType(agentSocket, ALERT_ZIN)).toHaveLength(0);
    expect(ofType(leadSocket, ALERT_ONTHULLING)).toHaveLength(0);
    expect(secondNode.stats.runs).toBeGreaterThan(0);

    const stored = await t.database.db
      .selectFrom('gesprek_analyse')
      .selectAll()
      .where('gesprek_id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      kanaal: 'telefoon',
      medewerker_id: agent.medewerkerId,
      segmenten: 5,
      geverifieerd_gedrukt: 4,
      geverifieerd_bij_segment: 4,
      overtredingen: 1,
      aantal_zinnen: 1,
      aantal_stiltes: 1,
    });
    expect(stored.onthullingen).toEqual([
      { segment: 2, kind: 'zaakstatus', beforeVerification: true, start: 6.5 },
      { segment: 4, kind: 'zaakstatus', beforeVerification: false, start: 18.5 },
    ]);
  });

  it('analyses a transcript posted after the call without alerting anyone', async () => {
    await cti_({ event: 'hangup', callId: CALL });
    await t.app.inject({
      method: 'POST',
      url: `/api/telefoon/gesprekken/${CALL}/transcript`,
      headers: cti,
      payload: { segmenten: [{ speaker: 'klant', start: 22, end: 24, text: 'Ik stap naar de ombudsman.' }] },
    });
    for (let i = 0; i < 40; i++) {
      const row = await t.database.db
        .selectFrom('gesprek_analyse')
        .select('segmenten')
        .where('gesprek_id', '=', gesprekId)
        .executeTakeFirstOrThrow();
      if (row.segmenten === 6) break;
      await pause(50);
    }
    await pause(200);
    const stored = await t.database.db
      .selectFrom('gesprek_analyse')
      .select(['segmenten', 'aantal_zinnen'])
      .where('gesprek_id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ segmenten: 6, aantal_zinnen: 2 });
    expect(ofType(leadSocket, ALERT_ZIN)).toHaveLength(1);
  });

  it('shows the team lead the transcript with its spots marked, logging every view; others get 403', async () => {
    const url = `/api/analytics/kwaliteit/gesprekken/${gesprekId}`;
    const before = await logCount(t.database, gesprekId, 'Raadplegen');
    const view = await t.app.inject({ method: 'GET', url, headers: lead.headers });
    expect(view.statusCode).toBe(200);
    expect(await logCount(t.database, gesprekId, 'Raadplegen')).toBe(before + 1);
    await t.app.inject({ method: 'GET', url, headers: lead.headers });
    expect(await logCount(t.database, gesprekId, 'Raadplegen')).toBe(before + 2);

    const body = view.json();
    expect(body).toMatchObject({ gesprekId, kanaal: 'telefoon', overtredingen: 1, zinAlerts: 2, stiltes: 1, geverifieerdBijSegment: 4 });
    expect(body.segmenten.map((s: { vlaggen: { soort: string }[] }) => s.vlaggen.map((v) => v.soort))).toEqual([
      [],
      [],
      ['onthulling', 'stilte_na'],
      ['zin'],
      ['onthulling', 'geverifieerd'],
      ['zin'],
    ]);
    expect(body.segmenten[2].vlaggen[0]).toEqual({ soort: 'onthulling', gegeven: 'zaakstatus', voorVerificatie: true });

    const refused = await t.app.inject({ method: 'GET', url, headers: agent.headers });
    expect(refused.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/analytics/kwaliteit', headers: agent.headers })).statusCode).toBe(403);
    expect(await logCount(t.database, gesprekId, 'Raadplegen')).toBe(before + 2);
  });
});
