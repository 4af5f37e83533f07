import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, lindelaanPartij, NOW, startPeers } from '../backoffice/peers/test-backoffice.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

const AUTH = 'Bearer notificaties-abonnement-geheim';
const EMAIL = 'fenna.dewit@example.nl';

describe('rules on events: interne taak, signaal, bericht, proef', async () => {
  const { zgw, brp, env } = await startPeers();
  let t: TestApp;
  let beheerder: Session;
  let bron: Record<string, string>;
  let partijId: string;
  expectNoViolations(zgw, brp);

  beforeAll(async () => {
    t = await createTestApp({ ...env, NOTIFICATIES_CALLBACK_AUTH: AUTH }, { overrides: { clock: new FixedClock(NOW) } });
    beheerder = await t.login(['beheerder']);
    bron = await t.token('gebeurtenisbron');
    const backoffice = await t.login(['backoffice']);
    partijId = await lindelaanPartij(t, backoffice.headers);
    const adres = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${partijId}/digitale-adressen`,
      headers: backoffice.headers,
      payload: { soortDigitaalAdres: 'email', adres: EMAIL, isStandaardAdres: true },
    });
    expect(adres.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([zgw.stop(), brp.stop()]);
  });

  const regel = async (body: Record<string, unknown>) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/beheer/regels', headers: beheerder.headers, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const event = (id: string, data: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...bron, 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify({
        specversion: '1.0',
        id,
        source: 'urn:nld:gemeente-lindendaal:containers',
        type: 'nl.lindendaal.container.vulgraad',
        data,
      }),
    });
  const taken = () =>
    t.database.db.selectFrom('interne_taak').select(['gevraagde_handeling', 'toelichting']).orderBy('gevraagde_handeling').execute();
  const wachtrij = () =>
    t.database.db
      .selectFrom('bericht')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .select([
        'bericht.inhoud',
        'bericht.bezorgstatus',
        'gesprek.kanaal',
        'gesprek.onderwerp',
        'gesprek.metadata',
        'gesprek.partij_id',
        'gesprek.klantcontact_id',
      ])
      .where('bericht.richting', '=', 'uitgaand')
      .execute();

  it('creates an interne taak for the team when a container is 80% full or more', async () => {
    const id = await regel({
      naam: 'Container vol',
      match: {
        bron: 'cloudevent',
        type: 'nl.lindendaal.container.vulgraad',
        voorwaarden: [{ pad: 'data.vulgraad', operator: '>=', waarde: 80 }],
      },
      acties: [
        {
          soort: 'interne-taak',
          team: 'Afval en Reiniging',
          gevraagdeHandeling: 'Leeg container {{data.containerId}} ({{data.vulgraad}}% vol)',
          toelichting: 'Gemeld door {{source}}',
        },
        { soort: 'signaal', titel: 'Container {{data.containerId}} vol' },
      ],
    });
    expect((await event('meting-1', { containerId: 'GFT-0412', vulgraad: 85 })).statusCode).toBe(202);
    expect((await event('meting-2', { containerId: 'GFT-0413', vulgraad: 40 })).statusCode).toBe(202);
    expect((await event('meting-3', { containerId: 'GFT-0414', vulgraad: '80' })).statusCode).toBe(202);
    await t.app.gebeurtenissen.processDue();
    expect(await taken()).toEqual([
      { gevraagde_handeling: 'Leeg container GFT-0412 (85% vol)', toelichting: 'Gemeld door urn:nld:gemeente-lindendaal:containers' },
      { gevraagde_handeling: 'Leeg container GFT-0414 (80% vol)', toelichting: 'Gemeld door urn:nld:gemeente-lindendaal:containers' },
    ]);
    const team = await t.database.db
      .selectFrom('team')
      .select('actor_id')
      .where('naam', '=', 'Afval en Reiniging')
      .executeTakeFirstOrThrow();
    expect(await t.database.db.selectFrom('interne_taak_actor').select('actor_id').execute()).toEqual([
      { actor_id: team.actor_id },
      { actor_id: team.actor_id },
    ]);
    const teamleider = await t.login(['teamleider']);
    const signalen = await t.app.inject({ method: 'GET', url: '/api/gebeurtenissen/signalen', headers: teamleider.headers });
    expect(
      signalen
        .json()
        .signalen.map((s: { titel: string }) => s.titel)
        .sort(),
    ).toEqual(['Container GFT-0412 vol', 'Container GFT-0414 vol']);
    const overzicht = await t.app.inject({ method: 'GET', url: `/api/beheer/regels/${id}`, headers: beheerder.headers });
    expect(overzicht.json().uitkomsten.filter((u: { status: string }) => u.status === 'gelukt')).toHaveLength(4);
    // Done once: processing again does not repeat the work.
    await t.app.gebeurtenissen.processDue();
    expect(await taken()).toHaveLength(2);
    // Switched off, so the next test sees only its own rule.
    const uit = await t.app.inject({
      method: 'PUT',
      url: `/api/beheer/regels/${id}`,
      headers: beheerder.headers,
      payload: {
        ...(overzicht.json() as Record<string, unknown>),
        id: undefined,
        aangemaaktOp: undefined,
        gewijzigdOp: undefined,
        uitkomsten: undefined,
        actief: false,
      },
    });
    expect(uit.json().actief).toBe(false);
  });

  it('fails an action whose template lacks a variable visibly, and does nothing with it', async () => {
    const id = await regel({
      naam: 'Container vol met straat',
      match: {
        bron: 'cloudevent',
        type: 'nl.lindendaal.container.vulgraad',
        voorwaarden: [{ pad: 'data.vulgraad', operator: '>=', waarde: 80 }],
      },
      acties: [
        {
          soort: 'interne-taak',
          team: 'Afval en Reiniging',
          gevraagdeHandeling: 'Leeg container {{data.containerId}} aan de {{data.straat}}',
        },
      ],
    });
    await event('meting-4', { containerId: 'GFT-0415', vulgraad: 95 });
    await t.app.gebeurtenissen.processDue();
    expect(await taken()).toHaveLength(2);
    const overzicht = (await t.app.inject({ method: 'GET', url: `/api/beheer/regels/${id}`, headers: beheerder.headers })).json();
    expect(overzicht.uitkomsten).toMatchObject([
      { soort: 'interne-taak', status: 'mislukt', fout: 'sjabloon mist variabelen: data.straat' },
    ]);
    const mislukt = (
      await t.app.inject({ method: 'GET', url: '/api/beheer/gebeurtenissen?status=mislukt', headers: beheerder.headers })
    ).json();
    expect(mislukt.gebeurtenissen).toMatchObject([
      { inhoud: { id: 'meting-4' }, laatsteFout: 'Container vol met straat: sjabloon mist variabelen: data.straat' },
    ]);
    await t.app.inject({ method: 'DELETE', url: `/api/beheer/regels/${id}`, headers: beheerder.headers });
  });

  describe('a zaak status notificatie', () => {
    const zaak = () => zgw.res.zaken.find((z) => z.identificatie === 'ZAAK-2026-0001847')!;
    const notificatie = () => {
      const status = zgw.res.statussen.filter((s) => s.zaak === zaak().url).at(-1)!;
      return {
        kanaal: 'zaken',
        hoofdObject: zaak().url,
        resource: 'status',
        resourceUrl: status.url,
        actie: 'create',
        aanmaakdatum: '2026-11-19T14:00:01Z',
        kenmerken: { bronorganisatie: '002220647' },
      };
    };
    const callback = () =>
      t.app.inject({ method: 'POST', url: '/api/notificaties/callback', headers: { authorization: AUTH }, payload: notificatie() });
    let regelId: string;
    let kapotId: string;

    beforeAll(async () => {
      regelId = await regel({
        naam: 'Status bladkorf',
        match: {
          bron: 'notificatie',
          kanaal: 'zaken',
          resource: 'status',
          actie: 'create',
          zaaktype: 'Bladkorf aanvragen',
          statustype: 'In behandeling',
        },
        acties: [
          {
            soort: 'bericht',
            onderwerp: 'Uw zaak {{zaak.identificatie}}',
            tekst: 'Goed nieuws: "{{zaak.omschrijving}}" is nu {{zaak.status}}.',
          },
        ],
      });
      kapotId = await regel({
        naam: 'Status met resultaat',
        match: { bron: 'notificatie', kanaal: 'zaken', resource: 'status' },
        acties: [{ soort: 'bericht', onderwerp: 'Uw zaak {{zaak.identificatie}}', tekst: 'Het resultaat is {{zaak.resultaat}}.' }],
      });
    });

    it('shows in proef what the rules would do, and does nothing', async () => {
      expect((await callback()).statusCode).toBe(204);
      const proef = await t.app.inject({
        method: 'POST',
        url: `/api/beheer/regels/${regelId}/proef`,
        headers: beheerder.headers,
        payload: { aantal: 5 },
      });
      expect(proef.statusCode, proef.body).toBe(200);
      expect(proef.json().uitkomsten).toMatchObject([
        {
          past: true,
          acties: [
            {
              soort: 'bericht',
              fout: null,
              zou: {
                onderwerp: 'Uw zaak ZAAK-2026-0001847',
                tekst: 'Goed nieuws: "Bladkorf aanvragen Lindelaan 14" is nu In behandeling.',
                ontvangers: [{ partijId, kanaal: 'email', adres: EMAIL }],
              },
            },
          ],
        },
      ]);
      const kapot = await t.app.inject({
        method: 'POST',
        url: `/api/beheer/regels/${kapotId}/proef`,
        headers: beheerder.headers,
        payload: {},
      });
      expect(kapot.json().uitkomsten[0].acties).toMatchObject([{ zou: null, fout: 'sjabloon mist variabelen: zaak.resultaat' }]);
      expect(await wachtrij()).toEqual([]);
      expect(await t.database.db.selectFrom('gebeurtenis_actie').selectAll().where('regel_id', 'in', [regelId, kapotId]).execute()).toEqual(
        [],
      );
      expect(
        (await t.database.db.selectFrom('gebeurtenis').select('status').where('bron', '=', 'notificatie').execute()).map((g) => g.status),
      ).toEqual(['ontvangen']);
    });

    it('sends the partij one templated e-mail on its address, recorded as a klantcontact on the tijdlijn; the broken rule sends nothing', async () => {
      await t.app.gebeurtenissen.processDue();
      const queued = await wachtrij();
      expect(queued).toMatchObject([
        {
          kanaal: 'email',
          bezorgstatus: 'wachtrij',
          onderwerp: 'Uw zaak ZAAK-2026-0001847',
          // The rule's text, and under it the opt-out link every proactive message carries.
          inhoud: expect.stringMatching(
            /^Goed nieuws: "Bladkorf aanvragen Lindelaan 14" is nu In behandeling\.\n\nGeen berichten meer over algemeen\? Meld u af: http\S+\/afmelden\/[\w-]{32}$/,
          ),
          partij_id: partijId,
          metadata: { antwoordAan: EMAIL },
        },
      ]);
      const kcc = await t.login(['kcc']);
      const tijdlijn = await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: kcc.headers });
      expect(tijdlijn.statusCode).toBe(200);
      expect(JSON.stringify(tijdlijn.json())).toContain(queued[0]!.klantcontact_id);
      // The zaak is the contact's onderwerpobject, as when an agent links it.
      expect(JSON.stringify(tijdlijn.json())).toContain(zaak().uuid);
      const kapot = (await t.app.inject({ method: 'GET', url: `/api/beheer/regels/${kapotId}`, headers: beheerder.headers })).json();
      expect(kapot.uitkomsten).toMatchObject([{ status: 'mislukt', fout: 'sjabloon mist variabelen: zaak.resultaat' }]);
      // A replay, and processing the (failed) event again, send nothing twice.
      expect((await callback()).statusCode).toBe(204);
      await t.database.db
        .updateTable('gebeurtenis')
        .set({ volgende_poging_op: new Date(NOW) })
        .execute();
      await t.app.gebeurtenissen.processDue();
      expect(await wachtrij()).toHaveLength(1);
    });
  });
});
