import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

interface Resultaat {
  gesprekken: { id: string; status: string; onderwerp: string | null; fragment: string | null }[];
  partijen: { id: string; volledigeNaam: string }[] | null;
}

describe('GET /api/zoeken: finding a conversation again', () => {
  let t: TestApp;
  let kcc: Session;
  let bladkorf: string;
  let grofvuil: string;
  let partijId: string;

  const zoek = async (session: Session, query: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/zoeken?${query}`, headers: session.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Resultaat>();
  };
  const receive = async (id: string, tekst: string) =>
    (await t.app.pipeline.receive({ kanaal: 'webchat', kanaalBerichtId: id, afzender: null, draad: { externeId: id }, tekst })).processed!
      .gesprekId;

  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    kcc = await t.login(['kcc'], 'zoeker');
    bladkorf = await receive('zoek-1', 'Goedemiddag');
    await t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'zoek-1b',
      afzender: null,
      draad: { externeId: 'zoek-1' },
      tekst: 'Mijn bladkorf in de Lindelaan is niet geleegd, al twee weken staat hij vol met natte bladeren.',
    });
    grofvuil = await receive('zoek-2', 'Wanneer wordt het grofvuil opgehaald?');
    const afhandelen = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${grofvuil}/afhandelen`, headers: kcc.headers });
    expect(afhandelen.statusCode, afhandelen.body).toBeLessThan(300);
    const partij = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: kcc.headers,
      payload: { soortPartij: 'persoon', voornaam: 'Marieke', voorvoegselAchternaam: 'van den', achternaam: 'Berg' },
    });
    partijId = partij.json<{ id: string }>().id;
  });
  afterAll(() => t.close());

  it('finds a gesprek by a word in one of its messages (Dutch stemming), with a fragment and no partij', async () => {
    const body = await zoek(kcc, 'q=geleegde');
    expect(body.gesprekken.map((g) => g.id)).toEqual([bladkorf]);
    expect(body.gesprekken[0]!.fragment).toContain('geleegd');
    expect(body.gesprekken[0]!.fragment!.length).toBeLessThan(200);
    expect(Object.keys(body.gesprekken[0]!).sort()).toEqual(['fragment', 'id', 'kanaal', 'laatsteBerichtOp', 'onderwerp', 'status']);
  });

  it('finds a closed gesprek by its subject and filters by status; without a term lists the closed ones', async () => {
    const body = await zoek(kcc, 'q=grofvuil');
    expect(body.gesprekken).toEqual([expect.objectContaining({ id: grofvuil, status: 'afgehandeld' })]);
    expect((await zoek(kcc, 'q=grofvuil&status=open')).gesprekken).toEqual([]);
    const gesloten = await zoek(kcc, 'status=afgehandeld');
    expect(gesloten.gesprekken.map((g) => g.id)).toEqual([grofvuil]);
    expect(gesloten.partijen).toBeNull();
  });

  it('finds partijen by name for roles that may read them, and logs every result as read', async () => {
    const body = await zoek(kcc, 'q=van den berg');
    expect(body.partijen).toEqual([{ id: partijId, soortPartij: 'persoon', volledigeNaam: 'Marieke van den Berg' }]);
    expect(await logCount(t.database, partijId, 'Raadplegen')).toBeGreaterThanOrEqual(1);
    await zoek(kcc, 'q=bladkorf');
    expect(await logCount(t.database, bladkorf, 'Raadplegen')).toBeGreaterThanOrEqual(1);
  });

  it('takes search syntax without breaking, and refuses an empty search', async () => {
    expect((await zoek(kcc, `q=${encodeURIComponent('"niet geleegd" -grofvuil OR ) ( & !')}`)).gesprekken.map((g) => g.id)).toEqual([
      bladkorf,
    ]);
    const leeg = await t.app.inject({ method: 'GET', url: '/api/zoeken?q=%20', headers: kcc.headers });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json<{ error: { code: string } }>().error.code).toBe('LOKET_ZOEKTERM_ONTBREEKT');
  });

  it('is for kcc, back office and team leads; others and strangers are refused', async () => {
    for (const rol of ['backoffice', 'teamleider'] as const) {
      const session = await t.login([rol]);
      expect((await zoek(session, 'q=bladkorf')).gesprekken).toHaveLength(1);
    }
    const redacteur = await t.login(['redacteur']);
    expect((await t.app.inject({ method: 'GET', url: '/api/zoeken?q=bladkorf', headers: redacteur.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/zoeken?q=bladkorf' })).statusCode).toBe(401);
  });
});
