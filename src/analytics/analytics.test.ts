import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { LINDENDAAL_DIR } from '../knowledge/matching/lindendaal-data.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { importStraten, importWijken } from './gebieden/gebieden.service.ts';
import { importKlantcontacten } from './import/import-klantcontacten.ts';
import { signalNewHotspots } from './signals/signals.service.ts';
import { catchUpTopics } from './topics/topics.service.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(join(LINDENDAAL_DIR, file), 'utf8'));
const WEEKS = ['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19'];
const POSTCODES: Record<string, string> = {
  WK0001: '3541',
  WK0002: '3543',
  WK0003: '3544',
  WK0004: '3546',
  WK0005: '3547',
  WK0006: '3549',
  WK0007: '3551',
  WK0008: '3552',
  WK0009: '3554',
  WK0010: '3555',
};
const EVERYDAY = [
  'mantelzorgwaardering aanvragen',
  'standplaats weekmarkt aanvragen',
  'lening voor isolatie van mijn huis',
  'huishoudelijke hulp aanvragen',
];

/** Eight quiet weeks in ten wijken, and in WK0003's seventh week a run on leaf baskets. */
function history(): string[] {
  const lines: string[] = [];
  const line = (week: string, day: number, postcode: string, inhoud: string, kanaal = 'telefoon') =>
    lines.push(
      JSON.stringify({
        kanaal,
        plaatsgevondenOp: new Date(Date.parse(`${week}T10:00:00Z`) + day * 86_400_000).toISOString(),
        postcode: `${postcode} AB`,
        inhoud,
      }),
    );
  for (const week of WEEKS) {
    for (const pc of Object.values(POSTCODES)) {
      for (const text of EVERYDAY) for (let i = 0; i < 3; i++) line(week, i, pc, text, i === 2 ? 'email' : 'telefoon');
      line(week, 1, pc, 'bladkorf');
    }
  }
  for (let i = 0; i < 15; i++) line('2026-10-12', i % 5, POSTCODES.WK0003!, 'bladkorf vol, wanneer wordt hij geleegd?');
  return lines;
}

describe('contact analytics', () => {
  let t: TestApp;
  let teamleider: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    await importKennisbank(db, systemContext('test'), parseKennisbank(read('kennisbank.json')));
    await importWijken(db, read('wijken.geojson'));
    await importStraten(db, read('straten.json'));
    await importKlantcontacten(db, history());
    teamleider = await t.login(['teamleider']);
  }, 120_000);
  afterAll(async () => t.close());

  it('classifies a text for kcc, teamleider and redacteur, and no one else', async () => {
    const kcc = await t.login(['kcc']);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/classify',
      headers: kcc.headers,
      payload: { text: 'Wanneer staat de bladkorf in mijn straat?' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ category: 'afval', articleId: 'bladkorven-herfst' });
    const backoffice = await t.login(['backoffice']);
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/classify',
      headers: backoffice.headers,
      payload: { text: 'bladkorf' },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('stores a topic and a wijk for every imported contact', async () => {
    const rows = await t.database.db.selectFrom('klantcontact_onderwerp').select(['wijk', 'artikel_id', 'bron', 'geplaatst_via']).execute();
    expect(rows).toHaveLength(WEEKS.length * 10 * 13 + 15);
    expect(rows.every((r) => r.wijk && r.bron === 'classifier' && r.geplaatst_via === 'postcode')).toBe(true);
    expect(rows.filter((r) => r.artikel_id === 'bladkorven-herfst')).toHaveLength(WEEKS.length * 10 + 15);
  });

  it('finds the hotspot, and only that one, from the stored topics', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/analytics/hotspots?from=2026-08-31&to=2026-10-25',
      headers: teamleider.headers,
    });
    expect(response.statusCode).toBe(200);
    const { hotspots } = response.json<{
      hotspots: { wijk: string; articleId: string; category: string; weekStart: string; observed: number }[];
    }>();
    expect(hotspots).toEqual([
      expect.objectContaining({ wijk: 'WK0003', articleId: 'bladkorven-herfst', category: 'afval', weekStart: '2026-10-12', observed: 16 }),
    ]);

    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/analytics/hotspots?from=2026-08-31&to=2026-10-25&format=csv',
      headers: teamleider.headers,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('wijk,categorie,artikel,week,waargenomen,verwacht,score');
    expect(csv.body).toContain('WK0003,afval,bladkorven-herfst,2026-10-12,16,');

    const kcc = await t.login(['kcc']);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/analytics/hotspots?from=2026-08-31&to=2026-10-25', headers: kcc.headers }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/analytics/hotspots?from=2026-10-25&to=2026-08-31', headers: teamleider.headers })
      ).json().error.code,
    ).toBe('LOKET_ANALYTICS_PERIODE');
  });

  it('signals a hotspot once to the department that owns the article: a task for its team and an e-mail to send', async () => {
    const now = new Date('2026-10-18T12:00:00Z');
    expect(await signalNewHotspots(t.database.db, now)).toBe(1);
    expect(await signalNewHotspots(t.database.db, now)).toBe(0);
    const signalen = await t.database.db.selectFrom('hotspot_signaal').selectAll().execute();
    expect(signalen).toHaveLength(1);
    const [signaal] = signalen;
    expect(signaal).toMatchObject({
      wijk: 'WK0003',
      onderwerp: 'bladkorven-herfst',
      afdeling: 'Team Afval & Reiniging',
      email_status: 'geen_adres',
    });
    const taak = await t.database.db
      .selectFrom('interne_taak')
      .innerJoin('interne_taak_actor', 'interne_taak_actor.interne_taak_id', 'interne_taak.id')
      .innerJoin('team', 'team.actor_id', 'interne_taak_actor.actor_id')
      .select(['team.naam', 'interne_taak.gevraagde_handeling'])
      .where('interne_taak.id', '=', signaal!.interne_taak_id!)
      .executeTakeFirstOrThrow();
    expect(taak.naam).toBe('Team Afval & Reiniging');
    expect(taak.gevraagde_handeling).toContain('bladkorven-herfst');
  });

  it('answers the dashboard: volumes, rates per 1,000 inhabitants, the map, sparklines', async () => {
    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: teamleider.headers });
    const volumes = (await get('/api/analytics/volumes?from=2026-08-31&to=2026-09-06')).json<{
      volumes: { kanaal: string; category: string; count: number }[];
    }>().volumes;
    expect(volumes.find((v) => v.kanaal === 'email' && v.category === 'wonen')?.count).toBe(10);

    const rates = (await get('/api/analytics/wijken?from=2026-10-12&to=2026-10-18&category=afval')).json<{
      wijken: { wijk: string; count: number; per1000: number }[];
    }>().wijken;
    expect(rates.find((r) => r.wijk === 'WK0003')).toMatchObject({ count: 16, per1000: Math.round((16 / 6817) * 1_000_000) / 1000 });

    const map = await get('/api/analytics/wijken.geojson');
    expect(map.headers['content-type']).toContain('application/geo+json');
    expect(map.json().features).toHaveLength(10);

    const series = (await get('/api/analytics/dashboard/hotspots?from=2026-10-12&to=2026-10-18')).json<{
      hotspots: { series: { weekStart: string; count: number }[] }[];
    }>().hotspots;
    expect(series[0]!.series.at(-1)).toEqual({ weekStart: '2026-10-12', count: 16 });
    expect(series[0]!.series[0]).toEqual({ weekStart: '2026-08-24', count: 0 });
  });

  it('classifies contacts from the pipeline and the API; agents’ wrap-up topics win; repeat contacts count per partij', async () => {
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'chat-1',
      afzender: null,
      draad: { externeId: 'sessie-1' },
      tekst: 'Hoe vraag ik de mantelzorgwaardering aan?',
      verzondenOp: '2026-10-20T09:00:00Z',
      metadata: { paginaUrl: 'https://www.lindendaal.example/zorg/mantelzorg-ondersteuning?utm=x' },
    });
    const fromPipeline = await t.database.db
      .selectFrom('klantcontact_onderwerp')
      .selectAll()
      .where('klantcontact_id', '=', processed!.klantcontactId!)
      .executeTakeFirstOrThrow();
    expect(fromPipeline).toMatchObject({
      artikel_id: 'mantelzorg-ondersteuning',
      kanaal: 'webchat',
      pagina_url: 'https://www.lindendaal.example/zorg/mantelzorg-ondersteuning',
    });

    const kcc = await t.login(['kcc']);
    const partij = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: kcc.headers,
      payload: {
        soortPartij: 'persoon',
        voornaam: 'Ria',
        achternaam: 'Bos',
        bezoekadres: { straatnaam: 'Lindelaan', huisnummer: 4, postcode: '3541 AA', stad: 'Lindendaal' },
      },
    });
    expect(partij.statusCode).toBe(201);
    const ids: string[] = [];
    for (const dag of ['2026-10-19T09:00:00Z', '2026-10-22T09:00:00Z']) {
      const contact = await t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: kcc.headers,
        payload: {
          kanaal: 'telefoon',
          onderwerp: 'Vraag',
          inhoud: 'Ik wil huishoudelijke hulp aanvragen',
          plaatsgevondenOp: dag,
          betrokkenen: [{ partijId: partij.json().id, rol: 'klant', initiator: true }],
        },
      });
      expect(contact.statusCode).toBe(201);
      ids.push(contact.json().id);
    }
    await t.database.db.updateTable('klantcontact').set({ hoofd_onderwerp_type: 'zorg-en-welzijn' }).where('id', '=', ids[1]!).execute();
    await t.database.db
      .insertInto('onderwerpobject')
      .values({
        klantcontact_id: ids[1]!,
        code_objecttype: 'kennisartikel',
        code_register: 'loket-kennisbank',
        code_soort_object_id: 'id',
        object_id: 'mantelzorg-ondersteuning',
      })
      .execute();
    expect((await catchUpTopics(t.database.db)).classified).toBe(2);
    const rows = await t.database.db
      .selectFrom('klantcontact_onderwerp')
      .selectAll()
      .where('klantcontact_id', 'in', ids)
      .orderBy('plaatsgevonden_op')
      .execute();
    expect(rows.map((r) => [r.bron, r.artikel_id, r.wijk, r.geplaatst_via])).toEqual([
      ['classifier', 'wmo-huishoudelijke-hulp', 'WK0001', 'street'],
      ['agent', 'mantelzorg-ondersteuning', 'WK0001', 'street'],
    ]);

    const repeats = (
      await t.app.inject({
        method: 'GET',
        url: '/api/analytics/herhaalcontacten?from=2026-10-19&to=2026-10-25',
        headers: teamleider.headers,
      })
    ).json<{ repeats: { category: string; contacts: number; repeats: number }[] }>().repeats;
    expect(repeats).toEqual([{ category: 'zorg-en-welzijn', contacts: 2, repeats: 1, share: 0.5 }]);

    const retrain = await t.app.inject({ method: 'POST', url: '/api/analytics/retrain', headers: teamleider.headers });
    expect(retrain.json()).toEqual({ articles: 70, examples: 1 });
  });

  it('reports content gaps: pages where chats keep asking about the page’s own article', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `gap-${i}`,
        afzender: null,
        draad: { externeId: `gap-sessie-${i}` },
        tekst: i < 3 ? 'Wanneer komt de bladkorf in mijn straat?' : 'standplaats weekmarkt aanvragen',
        verzondenOp: '2026-10-21T09:00:00Z',
        metadata: { paginaUrl: 'https://www.lindendaal.example/afval/bladkorven-herfst/' },
      });
    }
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/analytics/inhoudsgaten?from=2026-10-19&to=2026-10-25',
      headers: teamleider.headers,
    });
    const page = response.json<{ pages: { paginaUrl: string; gap: boolean; pageArticleSource: string; ownSubjectChats: number }[] }>()
      .pages[0];
    expect(page).toMatchObject({
      paginaUrl: 'https://www.lindendaal.example/afval/bladkorven-herfst',
      pageArticleSource: 'url',
      ownSubjectChats: 3,
      chats: 5,
      gap: true,
    });
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/analytics/inhoudsgaten?from=2026-10-19&to=2026-10-25&format=csv',
      headers: teamleider.headers,
    });
    expect(csv.body).toContain('https://www.lindendaal.example/afval/bladkorven-herfst,bladkorven-herfst,url,5,3,0.6,ja,');
  });
});
