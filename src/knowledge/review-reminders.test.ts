import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { FixedClock } from '../platform/clock.ts';
import type { LoketEvent } from '../platform/realtime/event-bus.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { knowledgeJobs, remindReviewDue } from './review-reminders.ts';
import { remindersOf } from './review-reminders.queries.ts';

const content = (department: string, reviewDate: string) => ({
  type: 'artikel',
  title: `Artikel van ${department}`,
  summary: 'Een kort antwoord.',
  body: 'Tekst.',
  category: 'afval',
  upl: null,
  audience: ['inwoner'],
  department,
  keywords: [],
  reviewDate,
});

describe('review-date reminders to the owning department', () => {
  let t: TestApp;
  let redacteur: Session;
  let teamId: string;
  const events: LoketEvent[] = [];
  const run = (on: string) => remindReviewDue(t.database.db, t.app.log, on);
  const post = (url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: redacteur.headers, ...(payload ? { payload } : {}) });
  const publish = async (id: string, version: number) => {
    expect((await post(`/api/kennisbank/artikelen/${id}/versies/${version}/indienen`)).statusCode).toBe(200);
    expect((await post(`/api/kennisbank/artikelen/${id}/versies/${version}/publiceren`)).statusCode).toBe(200);
  };
  const create = async (id: string, department: string, reviewDate: string, published = true) => {
    expect((await post('/api/kennisbank/artikelen', { id, ...content(department, reviewDate) })).statusCode).toBe(201);
    if (published) await publish(id, 1);
  };
  const reviewEvents = () =>
    events
      .filter((e) => e.type === 'kennisartikel.review')
      .map((e) => `${String(e.data.articleId)}@${String(e.data.reviewDate)}`)
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
    redacteur = await t.login(['redacteur']);
    await createMedewerker(t.database.db, {
      gebruikersnaam: 'stadsbeheer',
      naam: 'Sam Stadsbeheer',
      rollen: ['backoffice'],
      teams: ['Team Stadsbeheer'],
    });
    teamId = (await t.database.db.selectFrom('team').select('id').where('naam', '=', 'Team Stadsbeheer').executeTakeFirstOrThrow()).id;
    t.app.hub.subscribe((event) => events.push(event));
    await create('bladkorven', 'Team Stadsbeheer', '2026-03-01');
    await create('strooiroutes', 'Team Stadsbeheer', '2026-06-02');
    await create('oude-container', 'Team Stadsbeheer', '2026-01-15');
    expect((await post('/api/kennisbank/artikelen/oude-container/versies/1/archiveren')).statusCode).toBe(200);
    await create('nooit-gepubliceerd', 'Team Stadsbeheer', '2026-01-15', false);
    await create('zwerfafval', 'Afdeling zonder team', '2026-05-01');
  });
  afterAll(() => t.close());

  it('reminds once per due published article, never for archived, unpublished or not yet due ones', async () => {
    expect(await run('2026-06-01')).toBe(2);
    expect(await run('2026-06-01')).toBe(0);
    expect(await remindersOf(t.database.db, 'bladkorven')).toEqual([
      { artikel_id: 'bladkorven', reviewdatum: '2026-03-01', versie: 1, afdeling: 'Team Stadsbeheer', team_id: teamId },
    ]);
    expect(await remindersOf(t.database.db, 'zwerfafval')).toEqual([expect.objectContaining({ team_id: null })]);
    for (const id of ['strooiroutes', 'oude-container', 'nooit-gepubliceerd']) expect(await remindersOf(t.database.db, id)).toEqual([]);
    // Only the team named after the department hears of it; a department without a team is logged.
    await expect.poll(reviewEvents).toEqual(['bladkorven@2026-03-01']);
    const event = events.find((e) => e.type === 'kennisartikel.review');
    expect(event?.audience).toEqual({ teamIds: [teamId] });
  });

  it('reminds again for a new review date, once however many runs race for it', async () => {
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/kennisbank/artikelen/bladkorven/concept',
          headers: redacteur.headers,
          payload: content('Team Stadsbeheer', '2026-09-01'),
        })
      ).statusCode,
    ).toBe(200);
    await publish('bladkorven', 2);
    // The day after strooiroutes' review date; bladkorven's new date is not there yet.
    expect(await run('2026-08-31')).toBe(1);
    const counts = await Promise.all([run('2026-09-01'), run('2026-09-01'), run('2026-09-02')]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await remindersOf(t.database.db, 'bladkorven')).map((r) => [r.reviewdatum, r.versie])).toEqual([
      ['2026-03-01', 1],
      ['2026-09-01', 2],
    ]);
    await expect.poll(reviewEvents).toEqual(['bladkorven@2026-03-01', 'bladkorven@2026-09-01', 'strooiroutes@2026-06-02']);
  });

  it('is a periodic job of the app that asks its clock for the day in Amsterdam', async () => {
    await create('kerstbomen', 'Team Stadsbeheer', '2026-12-24');
    // 00:30 on 24 December in Amsterdam, still the 23rd in UTC.
    const jobs = knowledgeJobs(t.database.db, t.app.log, new FixedClock('2026-12-23T23:30:00Z'));
    expect(jobs.map((job) => job.name)).toEqual(['kennis-review']);
    jobs[0]!.start();
    jobs[0]!.kick();
    await jobs[0]!.stop();
    expect((await remindersOf(t.database.db, 'kerstbomen')).map((r) => r.reviewdatum)).toEqual(['2026-12-24']);
  });
});
