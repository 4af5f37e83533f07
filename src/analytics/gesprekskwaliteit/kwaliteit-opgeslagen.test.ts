import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../../auth/medewerkers.service.ts';
import { botActor } from '../../bot/bot.service.ts';
import { startGesprek } from '../../conversations/conversations.service.ts';
import { systemContext } from '../../platform/system-context.ts';
import { callMetOvertreding, seg } from '../../test/fixtures.ts';
import { createTestApp, logCount, TEST_PASSWORD, type Session, type TestApp } from '../../test/test-app.ts';
import { analyzeTranscript } from '../transcripts/analyze-transcript.ts';
import type { TranscriptSegment } from '../transcripts/types.ts';

const callAnna = callMetOvertreding;
const callBert = [
  seg('agent', 0, 2, 'Gemeente Lindendaal, met Bert.'),
  seg('klant', 2.5, 5, 'Waar kan ik een bezoekersvergunning voor parkeren aanvragen?'),
  seg('agent', 11, 13, 'Een ogenblik, ik zoek het even op.'),
  seg('agent', 20, 24, 'Dat kan via de website van de gemeente.'),
  seg('klant', 24.5, 26, 'Dank u wel.'),
];

/** Calls and chats analysed when they end, stored, and reported per agent, team and week. */
describe('conversation analytics: stored analyses and reports', () => {
  let t: TestApp;
  let lead: Session;
  let anna: Session;
  let redacteur: Session;
  let cti: Record<string, string>;
  let bertId: string;
  const ids: Record<'anna' | 'bert' | 'chat', string> = { anna: '', bert: '', chat: '' };

  beforeAll(async () => {
    t = await createTestApp();
    lead = await t.login(['teamleider'], 'lisa');
    anna = await t.login(['kcc'], 'anna');
    redacteur = await t.login(['redacteur'], 'rob');
    cti = await t.token('kcc');
    bertId = (
      await createMedewerker(t.database.db, {
        gebruikersnaam: 'bert',
        naam: 'Bert',
        wachtwoord: TEST_PASSWORD,
        rollen: ['kcc'],
        teams: ['Vergunningen'],
      })
    ).id;
    await t.database.db.insertInto('kennisartikel').values({ id: 'bladkorven-herfst', gepubliceerde_versie: null }).execute();
  });
  afterAll(async () => t.close());

  async function call(callId: string, agent: string, segments: TranscriptSegment[], onderwerp: string, artikel?: string) {
    await t.app.inject({
      method: 'POST',
      url: '/api/telefoon/cti',
      headers: cti,
      payload: { event: 'newCall', callId, from: '+31687654321', direction: 'in' },
    });
    await t.app.inject({ method: 'POST', url: '/api/telefoon/cti', headers: cti, payload: { event: 'answer', callId, user: agent } });
    const { gesprek_id } = await t.database.db
      .selectFrom('telefoongesprek')
      .select('gesprek_id')
      .where('call_id', '=', callId)
      .executeTakeFirstOrThrow();
    const gesprekId = gesprek_id!;
    if (artikel)
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/gesprekken/${gesprekId}/open-artikel`,
            headers: anna.headers,
            payload: { articleId: artikel },
          })
        ).statusCode,
      ).toBe(201);
    await t.app.inject({
      method: 'POST',
      url: `/api/telefoon/gesprekken/${callId}/transcript`,
      headers: cti,
      payload: { segmenten: segments },
    });
    const gesprek = await t.database.db
      .selectFrom('gesprek')
      .select('klantcontact_id')
      .where('id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('klantcontact')
      .set({ hoofd_onderwerp_type: onderwerp })
      .where('id', '=', gesprek.klantcontact_id!)
      .execute();
    await t.app.inject({ method: 'POST', url: '/api/telefoon/cti', headers: cti, payload: { event: 'hangup', callId } });
    const analysed = await t.app.inject({
      method: 'POST',
      url: `/api/analytics/kwaliteit/gesprekken/${gesprekId}/analyse`,
      headers: lead.headers,
    });
    expect(analysed.statusCode).toBe(200);
    return gesprekId;
  }

  async function waitForAnalysis(gesprekId: string) {
    for (let i = 0; i < 100; i++) {
      const row = await t.database.db
        .selectFrom('gesprek_analyse')
        .selectAll()
        .where('gesprek_id', '=', gesprekId)
        .where('segmenten', '>', 0)
        .executeTakeFirst();
      if (row) return row;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no analysis stored');
  }

  it('stores an analysis per call, with silences matched to the article open then', async () => {
    ids.anna = await call('call-anna', 'anna', callAnna, 'Afval', 'bladkorven-herfst');
    ids.bert = await call('call-bert', 'bert', callBert, 'Parkeren');
    const expected = analyzeTranscript(callAnna);
    const stored = await waitForAnalysis(ids.anna);
    expect(stored).toMatchObject({
      medewerker_id: anna.medewerkerId,
      segmenten: 5,
      overtredingen: expected.disclosures.filter((d) => d.beforeVerification).length,
      aantal_zinnen: 1,
      aantal_stiltes: expected.silences.length,
    });
    expect(stored.stiltes).toEqual(expected.silences.map((s) => ({ ...s, artikelId: 'bladkorven-herfst' })));
    const bert = await waitForAnalysis(ids.bert);
    expect(bert).toMatchObject({ medewerker_id: bertId, overtredingen: 0, aantal_stiltes: 2 });
    expect(bert.stiltes.map((s) => s.artikelId)).toEqual([null, null]);

    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/gesprekken/${ids.anna}/open-artikel`,
          headers: anna.headers,
          payload: { articleId: 'bestaat-niet' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/gesprekken/${crypto.randomUUID()}/open-artikel`,
          headers: anna.headers,
          payload: { articleId: null },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('analyses a chat when it is closed: inwoner as klant, the agent as agent, bot messages left out', async () => {
    const t0 = Date.now() - 3_600_000;
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    const bot = await botActor(t.database.db);
    ids.chat = await startGesprek(t.database.db, systemContext('test'), { kanaal: 'webchat', externeId: 'chat-1', onderwerp: 'Paspoort' }, [
      { richting: 'inkomend', inhoud: 'Hallo, ik heb een vraag over mijn paspoort.', verzondenOp: at(0) },
      {
        richting: 'uitgaand',
        inhoud: 'Ik zie dat uw aanvraag vorige week is goedgekeurd.',
        afzenderActorId: anna.actorId,
        verzondenOp: at(20),
      },
      { richting: 'inkomend', inhoud: 'Dan wil ik een klacht indienen over de wachttijd.', verzondenOp: at(40) },
      { richting: 'uitgaand', inhoud: 'Bedankt voor uw bericht, een medewerker helpt u zo.', afzenderActorId: bot.id, verzondenOp: at(50) },
      { richting: 'notitie', inhoud: 'Interne notitie', afzenderActorId: anna.actorId, verzondenOp: at(60) },
      {
        richting: 'uitgaand',
        inhoud: 'U kunt een klacht indienen via het formulier.',
        afzenderActorId: anna.actorId,
        verzondenOp: at(280),
      },
    ]);
    expect((await t.app.inject({ method: 'POST', url: `/api/gesprekken/${ids.chat}/afhandelen`, headers: anna.headers })).statusCode).toBe(
      200,
    );
    const stored = await waitForAnalysis(ids.chat);
    expect(stored).toMatchObject({
      kanaal: 'webchat',
      medewerker_id: anna.medewerkerId,
      segmenten: 4,
      overtredingen: 1,
      aantal_zinnen: 1,
      aantal_stiltes: 1,
    });
    expect(stored.stiltes).toEqual([{ start: 40, end: 280, afterSegment: 2, artikelId: null }]);

    const view = (
      await t.app.inject({ method: 'GET', url: `/api/analytics/kwaliteit/gesprekken/${ids.chat}`, headers: lead.headers })
    ).json();
    expect(view.segmenten.map((s: { speaker: string; start: number }) => `${s.speaker}@${s.start}`)).toEqual([
      'klant@0',
      'agent@20',
      'klant@40',
      'agent@280',
    ]);
    expect(await logCount(t.database, ids.chat, 'Raadplegen')).toBe(1);
    // On demand, too.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/analytics/kwaliteit/gesprekken/${ids.chat}/analyse`,
      headers: lead.headers,
    });
    expect(again.json()).toMatchObject({ gesprekId: ids.chat, segmenten: 4, overtredingen: 1, stiltes: 1, zinAlerts: 1 });
  });

  it('reports quality per agent, team and week from the stored analyses; team leads only', async () => {
    const rows = await t.database.db.selectFrom('gesprek_analyse').selectAll().execute();
    const sum = (medewerkerId: string, pick: (r: (typeof rows)[number]) => number) =>
      rows.filter((r) => r.medewerker_id === medewerkerId).reduce((n, r) => n + pick(r), 0);
    const report = await t.app.inject({ method: 'GET', url: '/api/analytics/kwaliteit', headers: lead.headers });
    expect(report.statusCode).toBe(200);
    const body = report.json();
    const annaRow = body.medewerkers.find((m: { medewerkerId: string }) => m.medewerkerId === anna.medewerkerId);
    expect(annaRow).toMatchObject({
      gesprekken: 2,
      telefoongesprekken: 1,
      chats: 1,
      metOvertreding: 2,
      overtredingen: sum(anna.medewerkerId, (r) => r.overtredingen),
      stiltes: sum(anna.medewerkerId, (r) => r.aantal_stiltes),
      stiltesPerGesprek: sum(anna.medewerkerId, (r) => r.aantal_stiltes) / 2,
      zinAlerts: 2,
    });
    expect(body.medewerkers.find((m: { medewerkerId: string }) => m.medewerkerId === bertId)).toMatchObject({
      naam: 'Bert',
      gesprekken: 1,
      metOvertreding: 0,
      stiltes: 2,
      stiltesPerGesprek: 2,
      zinAlerts: 0,
    });
    expect(body.teams.map((team: { naam: string; gesprekken: number }) => `${team.naam}:${team.gesprekken}`)).toEqual([
      'KCC:2',
      'Vergunningen:1',
    ]);
    expect(body.trend).toHaveLength(1);
    expect(body.trend[0]).toMatchObject({ gesprekken: 3, metOvertreding: 2, stiltes: sum(anna.medewerkerId, (r) => r.aantal_stiltes) + 2 });
    expect(body.gesprekken.map((g: { gesprekId: string }) => g.gesprekId).sort()).toEqual([ids.anna, ids.chat].sort());

    const vergunningen = await t.database.db.selectFrom('team').select('id').where('naam', '=', 'Vergunningen').executeTakeFirstOrThrow();
    const perTeam = (
      await t.app.inject({ method: 'GET', url: `/api/analytics/kwaliteit?teamId=${vergunningen.id}`, headers: lead.headers })
    ).json();
    expect(perTeam.medewerkers.map((m: { medewerkerId: string }) => m.medewerkerId)).toEqual([bertId]);
    const perAgent = (
      await t.app.inject({ method: 'GET', url: `/api/analytics/kwaliteit?medewerkerId=${anna.medewerkerId}`, headers: lead.headers })
    ).json();
    expect(perAgent.medewerkers).toHaveLength(1);
    const future = (
      await t.app.inject({ method: 'GET', url: '/api/analytics/kwaliteit?van=2099-01-01&tot=2099-12-31', headers: lead.headers })
    ).json();
    expect(future).toEqual({ medewerkers: [], teams: [], trend: [], gesprekken: [] });
    expect((await t.app.inject({ method: 'GET', url: '/api/analytics/kwaliteit?van=gisteren', headers: lead.headers })).statusCode).toBe(
      400,
    );

    for (const who of [anna, redacteur])
      expect((await t.app.inject({ method: 'GET', url: '/api/analytics/kwaliteit', headers: who.headers })).statusCode).toBe(403);
  });

  it('lists knowledge gaps by topic and by the article that was open, for redacteuren', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/analytics/kennishiaten', headers: redacteur.headers });
    expect(response.statusCode).toBe(200);
    const { onderwerpen, artikelen } = response.json();
    expect(onderwerpen.map((o: { onderwerp: string; stiltes: number }) => `${o.onderwerp}:${o.stiltes}`)).toEqual([
      'Parkeren:2',
      'Paspoort:1',
      'Afval:1',
    ]);
    expect(onderwerpen[0]).toMatchObject({ gesprekken: 1, totaalSeconden: 13, gemiddeldeSeconden: 6.5, langsteSeconden: 7 });
    expect(artikelen).toEqual([
      { artikelId: null, titel: null, stiltes: 3, gesprekken: 2, totaalSeconden: 253, gemiddeldeSeconden: 84.3, langsteSeconden: 240 },
      {
        artikelId: 'bladkorven-herfst',
        titel: null,
        stiltes: 1,
        gesprekken: 1,
        totaalSeconden: 6,
        gemiddeldeSeconden: 6,
        langsteSeconden: 6,
      },
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/analytics/kennishiaten', headers: anna.headers })).statusCode).toBe(403);
  });
});
