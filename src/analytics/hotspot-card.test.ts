import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { LINDENDAAL_DIR } from '../knowledge/matching/lindendaal-data.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { importStraten, importWijken } from './gebieden/gebieden.service.ts';
import { importKlantcontacten } from './import/import-klantcontacten.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(join(LINDENDAAL_DIR, file), 'utf8'));
const WEEKS = ['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12'];
const POSTCODES = ['3541', '3543', '3544', '3546', '3547', '3549', '3551', '3552', '3554', '3555'];
const EVERYDAY = ['mantelzorgwaardering aanvragen', 'huishoudelijke hulp aanvragen'];
const HOTSPOT = { wijk: 'WK0003', category: 'afval', articleId: 'bladkorven-herfst', weekStart: '2026-10-12' };

/** Quiet weeks in ten wijken; in WK0003 (postcode 3544) a run on leaf baskets in the last week. */
function history(): string[] {
  const lines: string[] = [];
  const line = (week: string, day: number, postcode: string, inhoud: string) =>
    lines.push(
      JSON.stringify({
        kanaal: 'telefoon',
        plaatsgevondenOp: new Date(Date.parse(`${week}T10:00:00Z`) + day * 86_400_000).toISOString(),
        postcode: `${postcode} AB`,
        inhoud,
      }),
    );
  for (const week of WEEKS)
    for (const pc of POSTCODES) {
      for (const text of EVERYDAY) for (let i = 0; i < 3; i++) line(week, i, pc, text);
      line(week, 1, pc, 'bladkorf');
    }
  for (let i = 0; i < 15; i++) line('2026-10-12', i % 5, '3544', `bladkorf vol, wanneer wordt hij geleegd? Bel me op 06-1234567${i % 10}`);
  return lines;
}

describe('hotspot card: explanation and actions', () => {
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

  it('explains a hotspot with observed vs expected, its weeks and three masked example texts, and logs reading them', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/analytics/dashboard/hotspots?from=2026-10-12&to=2026-10-18',
      headers: teamleider.headers,
    });
    expect(response.statusCode).toBe(200);
    const [hotspot] = response.json<{
      hotspots: { wijk: string; weekStart: string; observed: number; expected: number; voorbeelden: { tekst: string }[] }[];
    }>().hotspots;
    expect(hotspot).toMatchObject({ wijk: 'WK0003', weekStart: '2026-10-12', observed: 16 });
    expect(hotspot!.expected).toBeLessThan(4);
    expect(hotspot!.voorbeelden).toHaveLength(3);
    for (const v of hotspot!.voorbeelden) {
      expect(v.tekst).toContain('bladkorf vol');
      expect(v.tekst).toContain('[telefoon]');
      expect(v.tekst).not.toMatch(/06-\d/);
    }
    const logged = await t.database.db
      .selectFrom('verwerkingsactie as a')
      .innerJoin('verwerkt_object as o', 'o.verwerkingsactie_id', 'a.id')
      .select(['o.objecttype'])
      .where('a.actie_naam', '=', 'Voorbeelden bij hotspots raadplegen')
      .execute();
    expect(logged).toHaveLength(3);
    expect(logged.every((l) => l.objecttype === 'klantcontact')).toBe(true);
  });

  it('creates a task for the team of the department owning the topic, only for a real hotspot', async () => {
    const post = (body: object, session = teamleider) =>
      t.app.inject({ method: 'POST', url: '/api/analytics/hotspots/taak', headers: session.headers, payload: body });
    const created = await post(HOTSPOT);
    expect(created.statusCode).toBe(201);
    const { interneTaakId, afdeling } = created.json<{ interneTaakId: string; afdeling: string }>();
    expect(afdeling).toBe('Team Afval & Reiniging');
    const taak = await t.database.db
      .selectFrom('interne_taak')
      .innerJoin('interne_taak_actor', 'interne_taak_actor.interne_taak_id', 'interne_taak.id')
      .innerJoin('team', 'team.actor_id', 'interne_taak_actor.actor_id')
      .select(['team.naam', 'interne_taak.gevraagde_handeling'])
      .where('interne_taak.id', '=', interneTaakId)
      .executeTakeFirstOrThrow();
    expect(taak).toMatchObject({ naam: 'Team Afval & Reiniging' });
    expect(taak.gevraagde_handeling).toContain('bladkorven-herfst');

    expect((await post({ ...HOTSPOT, wijk: 'WK0001' })).json().error.code).toBe('LOKET_ANALYTICS_GEEN_HOTSPOT');
    expect((await post(HOTSPOT, await t.login(['kcc']))).statusCode).toBe(403);
  });

  it('drafts a proactive message for the wijk from the article, without sending anything', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/hotspots/bericht',
      headers: teamleider.headers,
      payload: HOTSPOT,
    });
    expect(response.statusCode).toBe(200);
    const draft = response.json<{ onderwerp: string; tekst: string }>();
    expect(draft.onderwerp).toContain('Vaartkwartier');
    expect(draft.tekst).toMatch(/^Beste bewoner van Vaartkwartier,/);
    expect(draft.tekst).toContain('Bladkorven');
  });
});
