import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

/**
 * A fixture with a known answer. Period: Monday 2 – Sunday 8 March 2026 (Amsterdam days); the
 * clock stands at Saturday 14 March 12:00 UTC, so a contact's 7 days (168 h) are over when it
 * closed before 7 March 12:00 UTC.
 *
 * Partij P1 (afval, paspoort), P2 (paspoort, afval); verzoek V1 = kc1 + kc2 (webchat, e-mail:
 * 2 contacts, 2 channels); V2 = kc3 + two phone contacts (3 contacts, 2 channels).
 * - g1 webchat, P1 afval, 2 Mar 09:00–09:10, team KCC, score 5, V1. P1 writes again on afval on
 *   4 Mar → not resolved at first contact.
 * - g2 e-mail, P1 afval, 4 Mar 10:00–12:00, team KCC, score 2, V1. A repeat of g1 (2 days
 *   before); nothing after → resolved.
 * - g3 webchat, P2 paspoort, 3 Mar 08:00–08:20, score 4, V2. P2 phones about paspoort on 10 Mar
 *   08:30, just after the 168 h (ending 10 Mar 08:20) → resolved.
 * - g4 webchat, no partij, afval, 5 Mar → not judged.
 * - g5 webchat, P2, no topic, 6 Mar → not judged (topic 'onbekend').
 * - g10 webchat, P1 paspoort, closed 8 Mar 10:00 UTC, score 3: its 168 h end 15 Mar → not judged yet.
 * - g9 e-mail, P2 afval, closed 8 Mar 23:30 UTC = 9 Mar 00:30 in Amsterdam → outside the period.
 *
 * Webchat: 5 contacts; scores 5, 4, 3 → mean 4, share 4–5 = 2/3 = 0.667; judged g1 (no), g3
 * (yes) → fcr 0.5 over 2; repeats 0; verzoeken V1, V2 → (2 + 3) / 2 = 2.5 contacts, (2 + 2) / 2 = 2 channels.
 * E-mail: 1 contact (g2); score 2 → mean 2, share 0; fcr 1 over 1; repeats 1; V1 → 2 and 2.
 */
describe('GET /api/rapportage/xla', () => {
  let t: TestApp;
  let lead: Session;

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock: new FixedClock('2026-03-14T12:00:00Z') } });
    lead = await t.login(['teamleider']);
    const db = t.database.db;
    const kcc = (await db.selectFrom('team').select('id').where('naam', '=', 'KCC').executeTakeFirstOrThrow()).id;
    const partij = async () =>
      (await db.insertInto('partij').values({ soort_partij: 'persoon' }).returning('id').executeTakeFirstOrThrow()).id;
    const verzoek = async () =>
      (await db.insertInto('verzoek').values({ onderwerp: 'Vraag' }).returning('id').executeTakeFirstOrThrow()).id;
    const [p1, p2, v1, v2] = [await partij(), await partij(), await verzoek(), await verzoek()];
    const contact = async (
      kanaal: string,
      op: string,
      partijId: string | null,
      categorie: string | null,
      verzoekId: string | null = null,
    ) => {
      const { id } = await db
        .insertInto('klantcontact')
        .values({ kanaal, onderwerp: 'Vraag', plaatsgevonden_op: op, verzoek_id: verzoekId })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (categorie) {
        await db
          .insertInto('klantcontact_onderwerp')
          .values({
            klantcontact_id: id,
            categorie,
            zekerheid: 0.9,
            bron: 'classifier',
            kanaal,
            partij_id: partijId,
            plaatsgevonden_op: op,
            week_start: '2026-03-02',
          })
          .execute();
      }
      return id;
    };
    let n = 0;
    const gesprek = async (
      kanaal: string,
      partijId: string | null,
      klantcontactId: string,
      gestart: string,
      afgesloten: string,
      opties: { team?: string; score?: number } = {},
    ) => {
      const { id } = await db
        .insertInto('gesprek')
        .values({
          kanaal,
          partij_id: partijId,
          klantcontact_id: klantcontactId,
          gestart_op: gestart,
          afgesloten_op: afgesloten,
          status: 'afgehandeld',
          team_id: opties.team ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (opties.score) {
        await db
          .insertInto('enquete')
          .values({
            gesprek_id: id,
            kanaal,
            token_hash: `hash-${++n}`,
            verstuurd_op: afgesloten,
            verloopt_op: '2026-04-01T00:00:00Z',
            beantwoord_op: afgesloten,
            tevredenheid: opties.score,
            vraag_beantwoord: true,
          })
          .execute();
      }
    };
    await gesprek(
      'webchat',
      p1,
      await contact('webchat', '2026-03-02T09:00:00Z', p1, 'afval', v1),
      '2026-03-02T09:00:00Z',
      '2026-03-02T09:10:00Z',
      { team: kcc, score: 5 },
    );
    await gesprek(
      'email',
      p1,
      await contact('email', '2026-03-04T10:00:00Z', p1, 'afval', v1),
      '2026-03-04T10:00:00Z',
      '2026-03-04T12:00:00Z',
      { team: kcc, score: 2 },
    );
    await gesprek(
      'webchat',
      p2,
      await contact('webchat', '2026-03-03T08:00:00Z', p2, 'paspoort', v2),
      '2026-03-03T08:00:00Z',
      '2026-03-03T08:20:00Z',
      { score: 4 },
    );
    await contact('telefoon', '2026-03-10T08:30:00Z', p2, 'paspoort', v2);
    await contact('telefoon', '2026-03-12T08:30:00Z', p2, null, v2);
    await gesprek(
      'webchat',
      null,
      await contact('webchat', '2026-03-05T08:00:00Z', null, 'afval'),
      '2026-03-05T08:00:00Z',
      '2026-03-05T08:10:00Z',
    );
    await gesprek(
      'webchat',
      p2,
      await contact('webchat', '2026-03-06T08:00:00Z', p2, null),
      '2026-03-06T08:00:00Z',
      '2026-03-06T08:10:00Z',
    );
    await gesprek(
      'webchat',
      p1,
      await contact('webchat', '2026-03-08T09:00:00Z', p1, 'paspoort'),
      '2026-03-08T09:00:00Z',
      '2026-03-08T10:00:00Z',
      { score: 3 },
    );
    await gesprek(
      'email',
      p2,
      await contact('email', '2026-03-08T22:00:00Z', p2, 'afval'),
      '2026-03-08T22:00:00Z',
      '2026-03-08T23:30:00Z',
      { score: 1 },
    );
  });
  afterAll(() => t.close());

  const get = (query: string, headers: Record<string, string> = lead.headers) =>
    t.app.inject({ method: 'GET', url: `/api/rapportage/xla?${query}`, headers });

  it('gives per channel satisfaction, first-contact resolution, repeat contacts and effort', async () => {
    const response = await get('van=2026-03-02&tot=2026-03-08');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      per: 'kanaal',
      kanalen: [
        {
          kanaal: 'email',
          contacten: 1,
          enquetes: 1,
          csatGemiddeld: 2,
          csatTevreden: 0,
          fcr: 1,
          fcrBasis: 1,
          herhaalcontacten: 1,
          inspanning: { verzoeken: 1, contactenPerVerzoek: 2, kanalenPerVerzoek: 2 },
        },
        {
          kanaal: 'webchat',
          contacten: 5,
          enquetes: 3,
          csatGemiddeld: 4,
          csatTevreden: 0.667,
          fcr: 0.5,
          fcrBasis: 2,
          herhaalcontacten: 0,
          inspanning: { verzoeken: 2, contactenPerVerzoek: 2.5, kanalenPerVerzoek: 2 },
        },
      ],
    });
  });

  it('groups by team, topic and week', async () => {
    // KCC: g1 and g2 (scores 5 and 2; g1 not resolved, g2 resolved and a repeat; both in V1).
    const teams = (await get('van=2026-03-02&tot=2026-03-08&per=team')).json().teams;
    expect(teams.map((r: { team: string }) => r.team)).toEqual(['geen team', 'KCC']);
    expect(teams[1]).toEqual({
      team: 'KCC',
      contacten: 2,
      enquetes: 2,
      csatGemiddeld: 3.5,
      csatTevreden: 0.5,
      fcr: 0.5,
      fcrBasis: 2,
      herhaalcontacten: 1,
      inspanning: { verzoeken: 1, contactenPerVerzoek: 2, kanalenPerVerzoek: 2 },
    });
    // afval: g1, g2, g4; paspoort: g3, g10; onbekend: g5.
    const onderwerpen = (await get('van=2026-03-02&tot=2026-03-08&per=onderwerp')).json().onderwerpen;
    expect(onderwerpen.map((r: { onderwerp: string; contacten: number }) => [r.onderwerp, r.contacten])).toEqual([
      ['afval', 3],
      ['onbekend', 1],
      ['paspoort', 2],
    ]);
    expect(onderwerpen[2]).toMatchObject({ csatGemiddeld: 3.5, fcr: 1, fcrBasis: 1 });
    const weken = (await get('van=2026-03-02&tot=2026-03-08&per=week')).json().weken;
    expect(weken.map((r: { week: string; contacten: number }) => [r.week, r.contacten])).toEqual([['2026-03-02', 6]]);
  });

  it('counts a contact by its Amsterdam day', async () => {
    // g9 closed on 8 March 23:30 UTC, which is Monday 9 March in Amsterdam.
    const kanalen = (await get('van=2026-03-09&tot=2026-03-09')).json().kanalen;
    expect(kanalen).toEqual([expect.objectContaining({ kanaal: 'email', contacten: 1, csatGemiddeld: 1, fcrBasis: 0, fcr: null })]);
  });

  it('answers CSV for Accept: text/csv', async () => {
    const response = await get('van=2026-03-02&tot=2026-03-08', { ...lead.headers, accept: 'text/csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body.split('\r\n').slice(0, 3)).toEqual([
      'kanaal,contacten,enquetes,csatGemiddeld,csatTevreden,fcr,fcrBasis,herhaalcontacten,verzoeken,contactenPerVerzoek,kanalenPerVerzoek',
      'email,1,1,2,0,1,1,1,1,2,2',
      'webchat,5,3,4,0.667,0.5,2,0,2,2.5,2',
    ]);
  });

  it('is for team leads and beheerders, and names the field of bad input', async () => {
    const kcc = await t.login(['kcc']);
    expect((await get('van=2026-03-02&tot=2026-03-08', kcc.headers)).statusCode).toBe(403);
    const beheerder = await t.login(['beheerder']);
    expect((await get('van=2026-03-02&tot=2026-03-08', beheerder.headers)).statusCode).toBe(200);
    expect((await get('van=2026-03-08&tot=2026-03-02')).json().error.fields[0].field).toBe('querystring.tot');
    const per = await get('van=2026-03-02&tot=2026-03-08&per=medewerker');
    expect(per.statusCode).toBe(400);
    expect(per.json().error.fields[0].field).toMatch(/^querystring\.per/);
  });

  it('appears in the OpenAPI document with its roles', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/rapportage/xla'].get;
    expect(op['x-rollen']).toEqual(['teamleider', 'beheerder']);
    expect(op['x-persoonsgegevens']).toBe(false);
    expect(doc.paths['/api/enquete/{token}'].post['x-rollen']).toContain('anoniem');
  });
});
