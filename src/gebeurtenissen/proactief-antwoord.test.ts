import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, lindelaanPartij, NOW, startPeers } from '../backoffice/peers/test-backoffice.ts';
import { deliverOnce, kanaal, startProviderServer, type ProviderServer } from '../channels/koppelingen/provider-server.test-helpers.ts';
import { postMetaWebhook } from '../channels/meta/meta-webhook.test-helpers.ts';
import { APP_SECRET, fromCitizen, PHONE_NUMBER_ID, sign } from '../channels/whatsapp/whatsapp.test-helpers.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

const AUTH = 'Bearer notificaties-abonnement-geheim';
const FENNA = '31612345678';

/**
 * Issue 14 end to end: the zaaksysteem sets a status → its notificatie reaches Loket → a rule queues
 * Fenna the message; outside her 24-hour window Meta's Cloud API receives the rule's approved
 * template → she answers (signed webhook) → her answer lands in the inbox in the same gesprek,
 * linked to the proactive klantcontact, where an agent sees it in context. Within her window the
 * next message goes as free text.
 */
describe('a status change reaches the citizen on WhatsApp and her answer reaches an agent', async () => {
  const { zgw, brp, env } = await startPeers();
  let graph: ProviderServer;
  let t: TestApp;
  let kcc: Session;
  let partijId: string;
  let kanaalId: string;
  let regelId: string;
  let beheerder: Session;
  expectNoViolations(zgw, brp);

  const REGEL = {
    naam: 'Status bladkorf',
    match: { bron: 'notificatie', kanaal: 'zaken', resource: 'status', zaaktype: 'Bladkorf aanvragen' },
    acties: [
      {
        soort: 'bericht',
        onderwerp: 'Uw aanvraag {{zaak.identificatie}}',
        tekst: 'Uw aanvraag "{{zaak.zaaktype}}" ({{zaak.identificatie}}) is nu: {{zaak.status}}.',
      },
    ],
  };

  /** Fenna's WhatsApp message as Meta's webhook posts it, signed with the app secret, a minute after NOW. */
  const fennaSchrijft = (id: string, tekst: string) => {
    const timestamp = String(Math.floor(Date.parse(NOW) / 1000) + 60);
    const body = fromCitizen([{ id, timestamp, type: 'text', text: { body: tekst } }], FENNA, 'Fenna de Wit');
    return postMetaWebhook(t, kanaalId, body, sign(body));
  };

  beforeAll(async () => {
    graph = await startProviderServer(() => ({
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: FENNA, wa_id: FENNA }], messages: [{ id: 'wamid.PROACTIEF1' }] },
    }));
    t = await createTestApp(
      { ...env, NOTIFICATIES_CALLBACK_AUTH: AUTH, META_GRAPH_URL: graph.url, META_GRAPH_VERSION: 'v21.0', BOT_ACTIEF: 'false' },
      { overrides: { clock: new FixedClock(NOW) } },
    );
    beheerder = await t.login(['beheerder']);
    const backoffice = await t.login(['backoffice']);
    kcc = await t.login(['kcc']);
    kanaalId = await kanaal(t, beheerder.headers, {
      soort: 'whatsapp',
      naam: 'WhatsApp KCC',
      instellingen: { phoneNumberId: PHONE_NUMBER_ID },
      geheimen: { appSecret: APP_SECRET, accessToken: 'EAAG-wa-toegangstoken', verifyToken: 'wa-verificatie' },
    });
    partijId = await lindelaanPartij(t, backoffice.headers);
    const adres = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${partijId}/digitale-adressen`,
      headers: backoffice.headers,
      payload: { soortDigitaalAdres: 'telefoonnummer', adres: `+${FENNA}`, isStandaardAdres: true },
    });
    expect(adres.statusCode, adres.body).toBe(201);
    const regel = await t.app.inject({ method: 'POST', url: '/api/beheer/regels', headers: beheerder.headers, payload: REGEL });
    expect(regel.statusCode, regel.body).toBe(201);
    regelId = regel.json().id;
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
    await Promise.all([zgw.stop(), brp.stop()]);
  });

  /** The zaaksysteem's notificatie that the zaak's status changed, sent at `aanmaakdatum`. */
  const statusGewijzigd = async (aanmaakdatum: string) => {
    const zaak = zgw.res.zaken.find((z) => z.identificatie === 'ZAAK-2026-0001847')!;
    const status = zgw.res.statussen.filter((s) => s.zaak === zaak.url).at(-1)!;
    const callback = await t.app.inject({
      method: 'POST',
      url: '/api/notificaties/callback',
      headers: { authorization: AUTH },
      payload: { kanaal: 'zaken', hoofdObject: zaak.url, resource: 'status', resourceUrl: status.url, actie: 'create', aanmaakdatum },
    });
    expect(callback.statusCode).toBe(204);
    await t.app.gebeurtenissen.processDue();
  };
  const uitgaand = () =>
    t.database.db
      .selectFrom('bericht')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .select(['bericht.id', 'gesprek.id as gesprekId', 'gesprek.kanaal', 'gesprek.metadata as gesprekMetadata', 'bericht.inhoud'])
      .select(['bericht.metadata', 'bericht.bezorgstatus'])
      .where('bericht.richting', '=', 'uitgaand')
      .orderBy('bericht.verzonden_op')
      .orderBy('bericht.id')
      .execute();
  const TEKST = 'Uw aanvraag "Bladkorf aanvragen" (ZAAK-2026-0001847) is nu: In behandeling.';

  it('sends nothing on WhatsApp outside her 24-hour window when the rule has no approved template, and tells the beheerder', async () => {
    await statusGewijzigd('2026-11-19T13:00:00Z');
    expect(await uitgaand()).toEqual([]);
    const regel = (await t.app.inject({ method: 'GET', url: `/api/beheer/regels/${regelId}`, headers: beheerder.headers })).json();
    expect(regel.uitkomsten).toMatchObject([
      { soort: 'bericht', status: 'mislukt', fout: expect.stringContaining('24-uursvenster'), resultaat: { buitenVenster: [partijId] } },
    ]);
    expect(await t.database.db.selectFrom('proactief_bericht').selectAll().execute()).toEqual([]);
  });

  it('sends the approved template outside the window, and threads her answer into that gesprek in the inbox, in context', async () => {
    const zetSjabloon = await t.app.inject({
      method: 'PUT',
      url: `/api/beheer/regels/${regelId}`,
      headers: beheerder.headers,
      payload: {
        ...REGEL,
        acties: [
          {
            ...REGEL.acties[0],
            whatsappSjabloon: { naam: 'zaak_status_gewijzigd', taal: 'nl', parameters: ['{{zaak.identificatie}}', '{{zaak.status}}'] },
          },
        ],
      },
    });
    expect(zetSjabloon.statusCode, zetSjabloon.body).toBe(200);
    await statusGewijzigd('2026-11-19T14:00:01Z');

    const [bericht] = await uitgaand();
    expect(bericht).toMatchObject({
      kanaal: 'whatsapp',
      gesprekMetadata: { antwoordAan: `+${FENNA}` },
      inhoud: TEKST,
      metadata: {
        proactief: true,
        sjabloon: { naam: 'zaak_status_gewijzigd', taal: 'nl', parameters: ['ZAAK-2026-0001847', 'In behandeling'] },
      },
      bezorgstatus: 'wachtrij',
    });
    await deliverOnce(t);
    // Meta's Cloud API receives a template message: the only kind it takes outside the window.
    const verzonden = graph.requests.filter((r) => r.path === `/v21.0/${PHONE_NUMBER_ID}/messages`);
    expect(verzonden).toHaveLength(1);
    expect(verzonden[0]!.headers.authorization).toBe('Bearer EAAG-wa-toegangstoken');
    expect(JSON.parse(verzonden[0]!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: FENNA,
      type: 'template',
      template: {
        name: 'zaak_status_gewijzigd',
        language: { code: 'nl' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'ZAAK-2026-0001847' },
              { type: 'text', text: 'In behandeling' },
            ],
          },
        ],
      },
    });
    expect(
      await t.database.db
        .selectFrom('bericht')
        .select(['bezorgstatus', 'kanaal_bericht_id'])
        .where('id', '=', bericht!.id)
        .executeTakeFirst(),
    ).toEqual({
      bezorgstatus: 'verzonden',
      kanaal_bericht_id: 'wamid.PROACTIEF1',
    });
    const proactief = await t.database.db
      .selectFrom('proactief_bericht')
      .select(['gesprek_id', 'klantcontact_id'])
      .where('partij_id', '=', partijId)
      .executeTakeFirstOrThrow();

    // The proactive message is a klantcontact on her tijdlijn, about the zaak.
    const tijdlijn = await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: kcc.headers });
    expect(tijdlijn.statusCode).toBe(200);
    expect(tijdlijn.json().items).toContainEqual(
      expect.objectContaining({
        soort: 'klantcontact',
        id: proactief.klantcontact_id,
        kanaal: 'whatsapp',
        titel: 'Uw aanvraag ZAAK-2026-0001847',
      }),
    );

    const webhook = await fennaSchrijft('wamid.ANTWOORD1', 'Dank u! Wanneer wordt de bladkorf dan geplaatst?');
    expect(webhook.statusCode).toBe(200);

    const antwoord = await t.database.db
      .selectFrom('bericht')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .select(['gesprek.id', 'gesprek.klantcontact_id', 'gesprek.partij_id'])
      .where('bericht.kanaal_bericht_id', '=', 'wamid.ANTWOORD1')
      .executeTakeFirstOrThrow();
    expect(antwoord).toEqual({ id: proactief.gesprek_id, klantcontact_id: proactief.klantcontact_id, partij_id: partijId });

    const inbox = await t.app.inject({ method: 'GET', url: '/api/inbox', headers: kcc.headers });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json().results.map((r: { id: string }) => r.id)).toContain(proactief.gesprek_id);
    const gesprek = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${proactief.gesprek_id}`, headers: kcc.headers });
    expect(gesprek.statusCode).toBe(200);
    expect(gesprek.json()).toMatchObject({ klantcontactId: proactief.klantcontact_id, kanaal: 'whatsapp' });
    expect(gesprek.json().berichten.map((b: { richting: string; inhoud: string }) => [b.richting, b.inhoud])).toEqual([
      ['uitgaand', TEKST],
      ['inkomend', 'Dank u! Wanneer wordt de bladkorf dan geplaatst?'],
    ]);
  });

  it('sends free text, not the template, while her window is open', async () => {
    await statusGewijzigd('2026-11-19T15:00:00Z');
    const berichten = await uitgaand();
    expect(berichten).toHaveLength(2);
    const eerste = await t.database.db.selectFrom('proactief_bericht').select('gesprek_id').orderBy('aangemaakt_op').execute();
    const nieuw = berichten.find((b) => b.gesprekId !== eerste[0]!.gesprek_id);
    // Free text carries the opt-out link (a template cannot: its text is fixed at Meta).
    expect(nieuw).toMatchObject({
      kanaal: 'whatsapp',
      inhoud: expect.stringMatching(/^Uw aanvraag .*\n\nGeen berichten meer over algemeen\? Meld u af: http\S+\/afmelden\//),
      metadata: { proactief: true },
    });
    expect(nieuw!.metadata).not.toHaveProperty('sjabloon');
  });
});
