import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTeam } from '../auth/teams.ts';
import { FixedClock } from '../platform/clock.ts';
import { assignAutomatically } from '../routing/assignment.ts';
import type { LoketEvent } from '../platform/realtime/event-bus.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

/** Issue 16: labels and snooze on gesprekken, and the inbox filtered and sorted by them. */
describe('labels, snooze and inbox filters', () => {
  const START = '2026-03-29T00:30:00.000Z'; // the night the clocks go forward in Amsterdam
  const clock = new FixedClock(START);
  let t: TestApp;
  let kcc: Session;
  let teamleider: Session;
  let backoffice: Session;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' }, { overrides: { clock } });
    kcc = await t.login(['kcc']);
    teamleider = await t.login(['teamleider']);
    backoffice = await t.login(['backoffice']);
  });
  afterAll(() => t.close());

  const receive = async (externeId: string, tekst: string) =>
    (await t.app.pipeline.receive({ kanaal: 'webchat', kanaalBerichtId: `ordenen-${++n}`, afzender: null, draad: { externeId }, tekst }))
      .processed!.gesprekId;
  const mail = async (tekst: string) =>
    (
      await t.app.pipeline.receive({
        kanaal: 'email',
        kanaalBerichtId: `<ordenen-${++n}@example.nl>`,
        afzender: { soort: 'email', adres: 'inwoner@example.nl' },
        draad: {},
        onderwerp: tekst,
        tekst,
      })
    ).processed!.gesprekId;
  const chat = (tekst = 'Ik heb een vraag over parkeren') => receive(`ordenen-chat-${++n}`, tekst);
  const inbox = async (who: Session, query = '') => {
    const response = await t.app.inject({ method: 'GET', url: `/api/inbox${query}`, headers: who.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ results: { id: string; kanaal: string; labels: string[]; gesluimerdTot: string | null }[] }>().results;
  };
  const ids = async (who: Session, query = '') => (await inbox(who, query)).map((g) => g.id);
  const labels = (id: string, list: unknown, who = kcc) =>
    t.app.inject({ method: 'PUT', url: `/api/gesprekken/${id}/labels`, headers: who.headers, payload: { labels: list } });
  const sluimer = (id: string, tot: string, who = kcc) =>
    t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/sluimeren`, headers: who.headers, payload: { tot } });
  const gesprek = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: kcc.headers })).json<{
      labels: string[];
      gesluimerdTot: string | null;
    }>();

  it('stores labels normalised and de-duplicated, shows them on the gesprek and in the inbox, and logs the change', async () => {
    const id = await chat();
    const response = await labels(id, ['  Parkeren ', 'parkeren', 'Terugbellen   Gewenst']);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ labels: ['parkeren', 'terugbellen gewenst'] });
    expect((await gesprek(id)).labels).toEqual(['parkeren', 'terugbellen gewenst']);
    expect((await inbox(kcc)).find((g) => g.id === id)!.labels).toEqual(['parkeren', 'terugbellen gewenst']);
    expect(await logCount(t.database, id, 'Wijzigen')).toBe(1);

    // PUT replaces: a label left out is gone.
    expect((await labels(id, ['Parkeren'], teamleider)).json()).toEqual({ labels: ['parkeren'] });
    expect((await gesprek(id)).labels).toEqual(['parkeren']);
  });

  it('refuses bad labels with a 400 naming the field, and roles other than kcc and teamleider', async () => {
    const id = await chat();
    const cases: [unknown, string][] = [
      [['   '], 'body.labels.0'],
      [['ok', 'x'.repeat(41)], 'body.labels.1'],
      [Array.from({ length: 11 }, (_, i) => `label ${i}`), 'body.labels'],
      [[{ naam: 'x' }], 'body.labels.0'],
    ];
    for (const [list, field] of cases) {
      const response = await labels(id, list);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe('LOKET_VALIDATION_FAILED');
      expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    // Several spellings of one label are one label.
    expect((await labels(id, ['Afval', ' afval', 'AFVAL  '])).json()).toEqual({ labels: ['afval'] });
    expect((await labels(id, ['x'], backoffice)).statusCode).toBe(403);
    expect((await labels('00000000-0000-4000-8000-000000000000', ['x'])).statusCode).toBe(404);
  });

  it('GET /api/labels lists the labels in use with counts, most used first', async () => {
    const a = await chat();
    const b = await chat();
    await labels(a, ['wmo', 'zeldzaam label']);
    await labels(b, ['WMO']);
    const response = await t.app.inject({ method: 'GET', url: '/api/labels', headers: kcc.headers });
    expect(response.statusCode).toBe(200);
    const results = response.json<{ results: { label: string; aantal: number }[] }>().results;
    expect(results.find((r) => r.label === 'wmo')).toEqual({ label: 'wmo', aantal: 2 });
    expect(results.find((r) => r.label === 'zeldzaam label')).toEqual({ label: 'zeldzaam label', aantal: 1 });
    expect(results.findIndex((r) => r.label === 'wmo')).toBeLessThan(results.findIndex((r) => r.label === 'zeldzaam label'));
  });

  it('filters the inbox by label (any spelling), kanaal and team, and validates the filters', async () => {
    const chatId = await chat();
    const mailId = await mail('Mijn container is niet geleegd');
    await labels(chatId, ['Afvalpas']);
    await labels(mailId, ['afvalpas', 'klacht']);
    expect(await ids(kcc, '?label=%20AFVALPAS')).toEqual(expect.arrayContaining([chatId, mailId]));
    expect(await ids(kcc, '?label=klacht')).toEqual([mailId]);
    expect(await ids(kcc, '?label=afvalpas&kanaal=webchat')).toEqual([chatId]);
    expect(await ids(kcc, '?label=bestaat-niet')).toEqual([]);

    const team = await ensureTeam(t.database.db, `Team ordenen ${++n}`);
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${mailId}/toewijzing`,
      headers: kcc.headers,
      payload: { teamId: team.id },
    });
    expect(moved.statusCode, moved.body).toBeLessThan(300);
    expect(await ids(kcc, `?team=${team.id}`)).toEqual([mailId]);

    for (const [query, field] of [
      ['?sorteer=willekeurig', 'querystring.sorteer'],
      ['?team=geen-uuid', 'querystring.team'],
      [`?label=${'x'.repeat(41)}`, 'querystring.label'],
      ['?label=%20%20', 'querystring.label'],
      ['?weergave=prullenbak', 'querystring.weergave'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url: `/api/inbox${query}`, headers: kcc.headers });
      expect(response.statusCode, `${query}: ${response.body}`).toBe(400);
      expect(JSON.stringify(response.json().error.fields), query).toContain(field);
    }
  });

  it('sorts by wachttijd (default), oudste or nieuwste', async () => {
    const label = `sorteren-${++n}`;
    const a = await chat();
    const b = await chat();
    // An answer to A: its citizen no longer waits, but A has the newest message.
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${a}/berichten`,
      headers: kcc.headers,
      payload: { tekst: 'Dat regel ik voor u.' },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const c = await chat();
    for (const id of [a, b, c]) await labels(id, [label]);
    expect(await ids(kcc, `?label=${label}&sorteer=oudste`)).toEqual([a, b, c]);
    expect(await ids(kcc, `?label=${label}&sorteer=nieuwste`)).toEqual([c, a, b]);
    expect(await ids(kcc, `?label=${label}&sorteer=wachttijd`)).toEqual([b, a, c]);
    expect(await ids(kcc, `?label=${label}`)).toEqual([b, a, c]);
  });

  it('a snoozed gesprek leaves the inbox and the badge, shows in the snoozed view, and returns exactly when its time passes', async () => {
    const id = await chat('Kunt u mij morgen terugbellen?');
    const tot = new Date(clock.now().getTime() + 3_600_000).toISOString();
    const response = await sluimer(id, tot);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ gesluimerdTot: tot });
    expect(await ids(kcc)).not.toContain(id);
    expect((await inbox(kcc, '?weergave=gesluimerd')).find((g) => g.id === id)).toMatchObject({ gesluimerdTot: tot });
    expect((await gesprek(id)).gesluimerdTot).toBe(tot);
    const badge = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/inbox/aantallen', headers: kcc.headers }))
        .json<{ gesprekken: { id: string }[] }>()
        .gesprekken.map((g) => g.id);
    expect(await badge()).not.toContain(id);

    clock.set(new Date(Date.parse(tot) - 1));
    expect(await ids(kcc)).not.toContain(id);
    clock.set(tot);
    expect(await ids(kcc)).toContain(id);
    expect(await ids(kcc, '?weergave=gesluimerd')).not.toContain(id);
    expect(await badge()).toContain(id);
    expect((await gesprek(id)).gesluimerdTot).toBeNull();
  });

  it('routing leaves a snoozed gesprek alone until it wakes', async () => {
    const agent = await t.login(['kcc']);
    const present = () =>
      t.app.inject({
        method: 'PUT',
        url: '/api/aanwezigheid',
        headers: agent.headers,
        payload: { status: 'beschikbaar', kanalen: ['webchat'] },
      });
    const assignee = async (id: string) =>
      (await t.database.db.selectFrom('gesprek').select('toegewezen_aan').where('id', '=', id).executeTakeFirstOrThrow()).toegewezen_aan;
    const id = await chat('Ik bel morgen terug over mijn parkeervergunning');
    const tot = new Date(clock.now().getTime() + 600_000).toISOString();
    expect((await sluimer(id, tot)).statusCode).toBe(200);
    expect((await present()).statusCode).toBe(200);
    // assignWaiting goes through assignAutomatically for each gesprek in the queue.
    expect(await assignAutomatically(t.database.db, id, clock.now())).toBeUndefined();
    expect(await assignee(id)).toBeNull();
    clock.set(tot);
    expect((await present()).statusCode).toBe(200);
    expect(await assignAutomatically(t.database.db, id, clock.now())).toBe(agent.medewerkerId);
    expect(await assignee(id)).toBe(agent.medewerkerId);
  });

  it('refuses a moment that is not ahead by the app clock or more than 30 days ahead, and a closed gesprek', async () => {
    const id = await chat();
    const now = clock.now().getTime();
    const at = (ms: number) => new Date(now + ms).toISOString();
    for (const tot of [at(0), at(-1000), at(30 * 86_400_000 + 1), 'morgen', '2026-03-29 10:00']) {
      const response = await sluimer(id, tot);
      expect(response.statusCode, `${tot}: ${response.body}`).toBe(400);
      expect(
        response.json().error.fields.map((f: { field: string }) => f.field),
        tot,
      ).toContain('body.tot');
    }
    expect((await sluimer(id, at(30 * 86_400_000))).statusCode).toBe(200);
    expect((await sluimer(id, at(60_000), backoffice)).statusCode).toBe(403);
    expect((await sluimer(id, at(60_000), teamleider)).statusCode).toBe(200);

    const closed = await chat();
    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${closed}/afhandelen`, headers: kcc.headers });
    const refused = await sluimer(closed, at(60_000));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('LOKET_GESPREK_AFGEHANDELD');
  });

  it('waking by hand brings it back at once with a realtime event; a new message from the citizen wakes it too', async () => {
    const id = await chat();
    await sluimer(id, new Date(clock.now().getTime() + 86_400_000).toISOString());
    expect(await ids(kcc)).not.toContain(id);
    const events: LoketEvent[] = [];
    const stop = t.app.hub.subscribe((event) => events.push(event));
    try {
      const woken = await t.app.inject({ method: 'DELETE', url: `/api/gesprekken/${id}/sluimeren`, headers: kcc.headers });
      expect(woken.statusCode, woken.body).toBe(204);
      expect(await ids(kcc)).toContain(id);
      await expect.poll(() => events.find((e) => e.type === 'gesprek.gewekt'), { timeout: 5_000 }).toBeDefined();
      expect(events.find((e) => e.type === 'gesprek.gewekt')!.data).toEqual({ gesprekId: id });
    } finally {
      stop();
    }

    const externeId = `ordenen-wekker-${++n}`;
    const other = await receive(externeId, 'Eerste vraag');
    await sluimer(other, new Date(clock.now().getTime() + 86_400_000).toISOString());
    expect(await ids(kcc)).not.toContain(other);
    expect(await receive(externeId, 'Ik heb nog een vraag')).toBe(other);
    expect(await ids(kcc)).toContain(other);
  });
});
