import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { serviceLevelDeadline, serviceLevelResterend } from './service-levels.ts';

const kcc = kalender({ feestdagen: { goedeVrijdag: false, bevrijdingsdag: 'jaarlijks' }, sluitingsdagen: [] }, null);
// Friday 4 December 2026, 16:59:30 in Amsterdam; the KCC closes at 17:00 and opens Monday 08:30.
const VRIJDAG = new Date('2026-12-04T15:59:30Z');

describe('service-level countdowns in working time', () => {
  it('counts a chat waiting at closing time on into Monday morning', () => {
    const deadline = serviceLevelDeadline(60, VRIJDAG, kcc)!;
    expect(deadline.toISOString()).toBe('2026-12-07T07:30:30.000Z');
    expect(serviceLevelResterend(deadline, new Date('2026-12-04T15:59:50Z'), kcc)).toBe(40);
    // The weekend does not count down; Monday 08:30:40 is 10 seconds late.
    expect(serviceLevelResterend(deadline, new Date('2026-12-05T12:00:00Z'), kcc)).toBe(30);
    expect(serviceLevelResterend(deadline, new Date('2026-12-07T07:30:40Z'), kcc)).toBe(-10);
  });
});

describe('GET /api/inbox countdown by the app clock', () => {
  const clock = new FixedClock('2026-12-04T15:59:50Z');
  let t: TestApp;
  let agent: Session;

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('gives the deadline and the working seconds left at the fixed moment', async () => {
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'sla-1',
      afzender: null,
      draad: { externeId: 'sessie-sla-1' },
      tekst: 'Hallo',
    });
    await t.database.db.updateTable('gesprek').set({ wacht_sinds: VRIJDAG }).where('id', '=', processed!.gesprekId).execute();
    const antwoord = await t.app.inject({ method: 'GET', url: '/api/inbox', headers: agent.headers });
    expect(antwoord.statusCode, antwoord.body).toBe(200);
    const inbox = antwoord.json().results;
    const rij = inbox.find((r: { id: string }) => r.id === processed!.gesprekId);
    expect(rij).toMatchObject({ slaDeadline: '2026-12-07T07:30:30.000Z', slaResterendSeconden: 40 });
    clock.set('2026-12-07T07:31:00Z');
    const maandag = await t.login(['kcc']); // the Friday session has expired by the same clock
    const later = (await t.app.inject({ method: 'GET', url: '/api/inbox', headers: maandag.headers })).json().results;
    expect(later.find((r: { id: string }) => r.id === processed!.gesprekId).slaResterendSeconden).toBe(-30);
  });
});
