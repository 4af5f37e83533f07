import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSN, expectNoViolations, lindelaanPartij, NOW, startPeers } from '../backoffice/peers/test-backoffice.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

const AUTH = 'Bearer notificaties-abonnement-geheim';
const EMAIL = 'fenna.dewit@example.nl';

describe('opt-in for a place or object, opt-out per kind of message, quiet hours', async () => {
  const { zgw, brp, env } = await startPeers();
  const clock = new FixedClock(NOW);
  let t: TestApp;
  let beheerder: Session;
  let backoffice: Session;
  let bron: Record<string, string>;
  let partijId: string;
  let volgnummer = 0;
  expectNoViolations(zgw, brp);

  beforeAll(async () => {
    t = await createTestApp({ ...env, NOTIFICATIES_CALLBACK_AUTH: AUTH, PROACTIEF_STILTE: '21:00-08:00' }, { overrides: { clock } });
    beheerder = await t.login(['beheerder']);
    backoffice = await t.login(['backoffice']);
    bron = await t.token('gebeurtenisbron');
    partijId = await lindelaanPartij(t, backoffice.headers);
    const adres = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${partijId}/digitale-adressen`,
      headers: backoffice.headers,
      payload: { soortDigitaalAdres: 'email', adres: EMAIL, isStandaardAdres: true },
    });
    expect(adres.statusCode).toBe(201);
    const regel = await t.app.inject({
      method: 'POST',
      url: '/api/beheer/regels',
      headers: beheerder.headers,
      payload: {
        naam: 'Container wordt geleegd',
        match: { bron: 'cloudevent', type: 'nl.lindendaal.container.geleegd' },
        acties: [
          {
            soort: 'bericht',
            berichtsoort: 'afval',
            doelgroep: { soort: 'object', waarde: '{{data.containerId}}' },
            onderwerp: 'Container {{data.containerId}}',
            tekst: 'De container bij u in de straat is vol en wordt {{data.wanneer}} geleegd.',
          },
        ],
      },
    });
    expect(regel.statusCode, regel.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([zgw.stop(), brp.stop()]);
  });

  const geleegd = async (containerId: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...bron, 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify({
        specversion: '1.0',
        id: `leging-${++volgnummer}`,
        source: 'urn:nld:gemeente-lindendaal:containers',
        type: 'nl.lindendaal.container.geleegd',
        data: { containerId, wanneer: 'morgen' },
      }),
    });
    expect(response.statusCode).toBe(202);
    await t.app.gebeurtenissen.processDue();
    return response.json<{ id: string }>().id;
  };
  const berichten = () =>
    t.database.db
      .selectFrom('bericht')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .innerJoin('klantcontact', 'klantcontact.id', 'gesprek.klantcontact_id')
      .select(['bericht.inhoud', 'gesprek.partij_id', 'klantcontact.plaatsgevonden_op'])
      .where('bericht.richting', '=', 'uitgaand')
      .orderBy('klantcontact.plaatsgevonden_op')
      .execute();
  const uitkomstVan = (gebeurtenisId: string) =>
    t.database.db
      .selectFrom('gebeurtenis_actie')
      .select(['status', 'fout', 'resultaat'])
      .where('gebeurtenis_id', '=', gebeurtenisId)
      .executeTakeFirstOrThrow();

  it('reaches only the partij that opted in for the container, however the id is written', async () => {
    await geleegd('GFT-0412');
    expect(await berichten()).toEqual([]);
    const aan = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${partijId}/attenderingen`,
      headers: backoffice.headers,
      payload: { berichtsoort: 'Afval', soort: 'object', waarde: ' GFT-0412 ' },
    });
    expect(aan.statusCode, aan.body).toBe(201);
    expect(aan.json()).toMatchObject({ berichtsoort: 'afval', soort: 'object', waarde: 'GFT-0412' });
    await geleegd('GFT-0412');
    await geleegd('GFT-9999');
    expect(await berichten()).toMatchObject([
      {
        partij_id: partijId,
        inhoud: expect.stringMatching(
          /^De container bij u in de straat is vol en wordt morgen geleegd\.\n\nGeen berichten meer over afval\? Meld u af: http\S+\/afmelden\/[\w-]{32}$/,
        ),
      },
    ]);
  });

  it('honours an opt-out of the kind of message, logs it, and tells the beheerder who was left out', async () => {
    const af = await t.app.inject({ method: 'PUT', url: `/api/partijen/${partijId}/afmeldingen/afval`, headers: backoffice.headers });
    expect(af.statusCode).toBe(204);
    const id = await geleegd('GFT-0412');
    expect(await berichten()).toHaveLength(1);
    expect(await uitkomstVan(id)).toMatchObject({
      status: 'overgeslagen',
      fout: 'afgemeld voor berichten over afval',
      resultaat: { afgemeld: [partijId] },
    });
    const log = await t.database.db
      .selectFrom('verwerkingsactie')
      .select('actie_naam')
      .where('actie_naam', '=', 'Afmelden voor berichtsoort')
      .execute();
    expect(log).toHaveLength(1);
    const voorkeuren = await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/attenderingen`, headers: backoffice.headers });
    expect(voorkeuren.json()).toMatchObject({ attenderingen: [{ waarde: 'GFT-0412' }], afmeldingen: [{ berichtsoort: 'afval' }] });
    const weer = await t.app.inject({ method: 'DELETE', url: `/api/partijen/${partijId}/afmeldingen/afval`, headers: backoffice.headers });
    expect(weer.statusCode).toBe(204);
  });

  it('holds a message due in quiet hours in the database and sends it at 08:00', async () => {
    clock.set('2026-11-24T21:30:00Z'); // 22:30 in Lindendaal
    await geleegd('GFT-0412');
    expect(await berichten()).toHaveLength(1);
    const gepland = await t.database.db
      .selectFrom('proactief_bericht')
      .select(['status', 'verzenden_op'])
      .where('status', '=', 'gepland')
      .execute();
    expect(gepland).toEqual([{ status: 'gepland', verzenden_op: new Date('2026-11-25T07:00:00Z') }]);
    clock.set('2026-11-25T06:59:00Z');
    await t.app.gebeurtenissen.processDue();
    expect(await berichten()).toHaveLength(2 - 1);
    clock.set('2026-11-25T07:00:00Z');
    await t.app.gebeurtenissen.processDue();
    const na = await berichten();
    expect(na).toHaveLength(2);
    expect(new Date(na[1]!.plaatsgevonden_op).toISOString()).toBe('2026-11-25T07:00:00.000Z');
    // Sent once: another run sends nothing more.
    await t.app.gebeurtenissen.processDue();
    expect(await berichten()).toHaveLength(2);
  });

  it('opts her out of the kind of message by the link in the message: a page that asks, a button that does it, logged', async () => {
    const laatste = (await berichten()).at(-1)!;
    const pad = /\/afmelden\/[\w-]+$/.exec(laatste.inhoud)![0];
    const vraag = await t.app.inject({ method: 'GET', url: pad });
    expect(vraag.statusCode).toBe(200);
    expect(vraag.headers['content-type']).toContain('text/html');
    expect(vraag.headers['content-security-policy']).toContain("default-src 'none'");
    expect(vraag.body).toContain('<html lang="nl">');
    expect(vraag.body).toContain(`<form class="utrecht-form" method="post" action="${pad}">`);
    expect(vraag.body).toContain('<strong>afval</strong>');
    // Opening the link changes nothing (mail scanners open links); only the button does.
    expect(await t.database.db.selectFrom('berichtafmelding').selectAll().execute()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `${pad.slice(0, -4)}xxxx` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/afmelden/niet-bestaand-token-123' })).statusCode).toBe(404);

    const af = await t.app.inject({
      method: 'POST',
      url: pad,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(af.statusCode).toBe(200);
    expect(af.body).toContain('U krijgt geen berichten meer over afval.');
    expect(await t.database.db.selectFrom('berichtafmelding').select(['partij_id', 'berichtsoort']).execute()).toEqual([
      { partij_id: partijId, berichtsoort: 'afval' },
    ]);
    const log = await t.database.db
      .selectFrom('verwerkingsactie')
      .select(['actie_naam', 'doel'])
      .where('actie_naam', '=', 'Afmelden voor berichtsoort')
      .execute();
    expect(log.map((l) => l.doel)).toContain('Afmelding van de inwoner via de link in een proactief bericht');
    const voor = (await berichten()).length;
    const id = await geleegd('GFT-0412');
    expect(await berichten()).toHaveLength(voor);
    expect(await uitkomstVan(id)).toMatchObject({ status: 'overgeslagen', resultaat: { afgemeld: [partijId] } });
  });

  it('makes this node forget the cached zaken of the people in a zaak that changed', async () => {
    const zaak = zgw.res.zaken.find((z) => z.identificatie === 'ZAAK-2026-0001847')!;
    const sleutel = `zaken-bron|${BSN}`;
    t.app.backoffice.zakenCache.set(sleutel, []);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notificaties/callback',
      headers: { authorization: AUTH },
      payload: {
        kanaal: 'zaken',
        hoofdObject: zaak.url,
        resource: 'zaak',
        resourceUrl: zaak.url,
        actie: 'partial_update',
        aanmaakdatum: '2026-11-25T07:01:00Z',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(t.app.backoffice.zakenCache.get(sleutel)).toEqual([]);
    await t.app.gebeurtenissen.processDue();
    expect(t.app.backoffice.zakenCache.get(sleutel)).toBeUndefined();
  });
});
