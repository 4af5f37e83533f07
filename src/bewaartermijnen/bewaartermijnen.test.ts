import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { pasBewaartermijnenToe } from './bewaartermijnen.ts';

const DAY = 86_400_000;
// A fixed moment, also the app's clock (the logins below make sessions that must outlive it).
const now = new Date('2026-11-18T10:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('bewaartermijnen', () => {
  let t: TestApp;
  let beheerder: Session;
  let kcc: Session;
  let logIds: string[];

  beforeAll(async () => {
    t = await createTestApp({ BEWAARTERMIJN_BOTVRAGEN_DAGEN: '90' }, { overrides: { clock: new FixedClock(now) } });
    beheerder = await t.login(['beheerder']);
    kcc = await t.login(['kcc']);
    const db = t.database.db;
    const medewerker = await db.selectFrom('medewerker').select('id').executeTakeFirstOrThrow();
    await db
      .insertInto('sessie')
      .values([
        { token_hash: 'verlopen', medewerker_id: medewerker.id, csrf_token: 'x', verloopt_op: ago(1) },
        { token_hash: 'geldig', medewerker_id: medewerker.id, csrf_token: 'x', verloopt_op: ago(-1) },
      ])
      .execute();
    await db
      .insertInto('oidc_poging')
      .values([
        { state: 'oud', nonce: 'n', code_verifier: 'v', terug_naar: '/', aangemaakt_op: ago(2) },
        { state: 'nieuw', nonce: 'n', code_verifier: 'v', terug_naar: '/', aangemaakt_op: ago(0) },
      ])
      .execute();
    await db
      .insertInto('webchat_sessie')
      .values([
        { token_hash: 'oude-chat', laatst_actief_op: ago(31) },
        { token_hash: 'recente-chat', laatst_actief_op: ago(29) },
      ])
      .execute();
    const bericht = JSON.stringify({ tekst: 'Mijn BSN is 111222333', afzender: 'inwoner@example.org' });
    await db
      .insertInto('inkomend_bericht')
      .values([
        {
          kanaal: 'email',
          kanaal_bericht_id: 'oud-verwerkt',
          bericht,
          ruw: 'From: inwoner@example.org',
          status: 'verwerkt',
          verwerkt_op: ago(31),
        },
        {
          kanaal: 'email',
          kanaal_bericht_id: 'recent-verwerkt',
          bericht,
          ruw: 'From: inwoner@example.org',
          status: 'verwerkt',
          verwerkt_op: ago(29),
        },
        {
          kanaal: 'email',
          kanaal_bericht_id: 'oud-mislukt',
          bericht,
          ruw: 'From: inwoner@example.org',
          status: 'mislukt',
          ontvangen_op: ago(60),
        },
      ])
      .execute();
    const vragen = await db
      .insertInto('bot_vraag')
      .values([
        { kanaal: 'webchat', tekst: 'oude vraag', uitkomst: 'beantwoord', reden: 'zeker', zekerheid: 0.9, gesteld_op: ago(91) },
        { kanaal: 'webchat', tekst: 'recente vraag', uitkomst: 'beantwoord', reden: 'zeker', zekerheid: 0.9, gesteld_op: ago(89) },
      ])
      .returning('id')
      .execute();
    await db
      .insertInto('bot_feedback')
      .values([
        { vraag_id: vragen[0]!.id, artikel_id: 'a', tekst: 'oude vraag', nuttig: true, gegeven_op: ago(91) },
        { vraag_id: vragen[1]!.id, artikel_id: 'a', tekst: 'recente vraag', nuttig: false, gegeven_op: ago(89) },
      ])
      .execute();
    const calls = await db
      .insertInto('telefoongesprek')
      .values([
        { call_id: 'oud', richting: 'inkomend', status: 'beeindigd', gestart_op: ago(400), beeindigd_op: ago(400) },
        { call_id: 'recent', richting: 'inkomend', status: 'beeindigd', gestart_op: ago(10), beeindigd_op: ago(10) },
        { call_id: 'loopt', richting: 'inkomend', status: 'in_gesprek', gestart_op: ago(0) },
      ])
      .returning(['id', 'call_id'])
      .execute();
    await db
      .insertInto('transcriptsegment')
      .values(
        calls.flatMap((c) => [
          { telefoongesprek_id: c.id, spreker: 'klant' as const, begin_s: 0, eind_s: 2, tekst: 'Ik woon op de Lindelaan 4' },
          { telefoongesprek_id: c.id, spreker: 'agent' as const, begin_s: 2, eind_s: 3, tekst: 'Dank u' },
        ]),
      )
      .execute();
    const acties = await db
      .insertInto('verwerkingsactie')
      .values([
        {
          actie_naam: 'verlopen',
          handeling_naam: 'Raadplegen',
          verwerking_naam: 'Klantcontact',
          vertrouwelijkheid: 'normaal',
          bewaartermijn: 'P2Y',
          gebruiker: 'x',
          gebruiker_naam: 'x',
          rol: 'kcc',
          doel: 'test',
          tijdstip: ago(2 * 366),
        },
        {
          actie_naam: 'binnen termijn',
          handeling_naam: 'Raadplegen',
          verwerking_naam: 'Klantcontact',
          vertrouwelijkheid: 'normaal',
          bewaartermijn: 'P2Y',
          gebruiker: 'x',
          gebruiker_naam: 'x',
          rol: 'kcc',
          doel: 'test',
          tijdstip: ago(365),
        },
        {
          actie_naam: 'lange termijn',
          handeling_naam: 'Raadplegen',
          verwerking_naam: 'Klantcontact',
          vertrouwelijkheid: 'normaal',
          bewaartermijn: 'P10Y',
          gebruiker: 'x',
          gebruiker_naam: 'x',
          rol: 'kcc',
          doel: 'test',
          tijdstip: ago(2 * 366),
        },
      ])
      .returning('id')
      .execute();
    logIds = acties.map((a) => a.id);
    await db
      .insertInto('verwerkt_object')
      .values(
        acties.map((a) => ({
          verwerkingsactie_id: a.id,
          objecttype: 'partij',
          soort_object_id: 'uuid',
          object_id: a.id,
          betrokkenheid: 'betrokkene',
          verwerkte_soorten_gegevens: JSON.stringify(['naam']),
        })),
      )
      .execute();
  });
  afterAll(() => t?.close());

  it('removes exactly what is past its period, and a second run finds nothing', async () => {
    const db = t.database.db;
    const first = Object.fromEntries((await pasBewaartermijnenToe(db, t.config.bewaartermijnen, now)).map((r) => [r.regel, r.aantal]));
    expect(first).toMatchObject({
      sessies: 2,
      'webchat-sessies': 1,
      'ruwe-berichten': 1,
      botvragen: 2,
      transcripten: 2,
      verwerkingslog: 1,
    });

    expect(
      (await db.selectFrom('sessie').select('token_hash').where('token_hash', 'in', ['verlopen', 'geldig']).execute()).map(
        (r) => r.token_hash,
      ),
    ).toEqual(['geldig']);
    expect((await db.selectFrom('oidc_poging').select('state').execute()).map((r) => r.state)).toEqual(['nieuw']);
    expect((await db.selectFrom('webchat_sessie').select('token_hash').execute()).map((r) => r.token_hash)).toEqual(['recente-chat']);

    const inkomend = await db
      .selectFrom('inkomend_bericht')
      .select(['kanaal_bericht_id', 'ruw', 'bericht'])
      .orderBy('kanaal_bericht_id')
      .execute();
    expect(inkomend.map((r) => [r.kanaal_bericht_id, r.ruw === null, JSON.stringify(r.bericht).includes('BSN')])).toEqual([
      ['oud-mislukt', false, true], // not processed: kept for retry and inspection
      ['oud-verwerkt', true, false], // emptied, but its channel id still deduplicates a redelivery
      ['recent-verwerkt', false, true],
    ]);

    expect((await db.selectFrom('bot_vraag').select('tekst').execute()).map((r) => r.tekst)).toEqual(['recente vraag']);
    expect((await db.selectFrom('bot_feedback').select('tekst').execute()).map((r) => r.tekst)).toEqual(['recente vraag']);

    const segments = await db
      .selectFrom('transcriptsegment')
      .innerJoin('telefoongesprek', 'telefoongesprek.id', 'transcriptsegment.telefoongesprek_id')
      .select('call_id')
      .execute();
    expect([...new Set(segments.map((s) => s.call_id))].sort()).toEqual(['loopt', 'recent']);
    expect(await db.selectFrom('telefoongesprek').select('call_id').orderBy('call_id').execute()).toHaveLength(3);

    const log = await db.selectFrom('verwerkingsactie').select('actie_naam').where('doel', '=', 'test').orderBy('actie_naam').execute();
    expect(log.map((r) => r.actie_naam)).toEqual(['binnen termijn', 'lange termijn']);
    // The logged objects go with their entry (on delete cascade).
    expect(await db.selectFrom('verwerkt_object').select('id').where('verwerkingsactie_id', 'in', logIds).execute()).toHaveLength(2);

    const second = await pasBewaartermijnenToe(db, t.config.bewaartermijnen, now);
    expect(second.every((r) => r.aantal === 0)).toBe(true);
  });

  it('shows beheerders the rules, their periods and what the runs removed', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/beheer/bewaartermijnen', headers: beheerder.headers });
    expect(response.statusCode).toBe(200);
    const rules = response.json<{ results: { regel: string; dagen: number | null; laatstAantal: number; totaal: number }[] }>().results;
    const botvragen = rules.find((r) => r.regel === 'botvragen');
    expect(botvragen).toMatchObject({ dagen: 90, variabele: 'BEWAARTERMIJN_BOTVRAGEN_DAGEN', laatstAantal: 0, totaal: 2 });
    expect(rules.map((r) => r.regel)).toEqual([
      'sessies',
      'webchat-sessies',
      'ruwe-berichten',
      'botvragen',
      'transcripten',
      'verwerkingslog',
    ]);

    const refused = await t.app.inject({ method: 'GET', url: '/api/beheer/bewaartermijnen', headers: kcc.headers });
    expect(refused.statusCode).toBe(403);
  });
});
