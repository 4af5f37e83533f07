import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, lindelaanPartij, NOW, startPeers } from '../backoffice/peers/test-backoffice.ts';
import { kanaal, startProviderServer, type ProviderServer } from '../channels/koppelingen/provider-server.test-helpers.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

const AUTH = 'Bearer notificaties-abonnement-geheim';
const APP_SECRET = 'wa-app-geheim-0123456789';
const PHONE_NUMBER_ID = '106540352242922';
const FENNA = '31612345678';

/**
 * Issue 14 end to end: the zaaksysteem sets a status → its notificatie reaches Loket → a rule queues
 * Fenna the templated WhatsApp message → she answers → her answer lands in the inbox in the same
 * gesprek, linked to the proactive klantcontact, where an agent sees it in context.
 */
describe('a status change reaches the citizen on WhatsApp and her answer reaches an agent', async () => {
  const { zgw, brp, env } = await startPeers();
  let graph: ProviderServer;
  let t: TestApp;
  let kcc: Session;
  let partijId: string;
  let kanaalId: string;
  expectNoViolations(zgw, brp);

  beforeAll(async () => {
    graph = await startProviderServer(() => ({
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: FENNA, wa_id: FENNA }], messages: [{ id: 'wamid.PROACTIEF1' }] },
    }));
    t = await createTestApp(
      { ...env, NOTIFICATIES_CALLBACK_AUTH: AUTH, META_GRAPH_URL: graph.url, META_GRAPH_VERSION: 'v21.0', BOT_ACTIEF: 'false' },
      { overrides: { clock: new FixedClock(NOW) } },
    );
    const beheerder = await t.login(['beheerder']);
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
    const regel = await t.app.inject({
      method: 'POST',
      url: '/api/beheer/regels',
      headers: beheerder.headers,
      payload: {
        naam: 'Status bladkorf',
        match: { bron: 'notificatie', kanaal: 'zaken', resource: 'status', zaaktype: 'Bladkorf aanvragen' },
        acties: [
          {
            soort: 'bericht',
            onderwerp: 'Uw aanvraag {{zaak.identificatie}}',
            tekst: 'Uw aanvraag "{{zaak.zaaktype}}" ({{zaak.identificatie}}) is nu: {{zaak.status}}.',
          },
        ],
      },
    });
    expect(regel.statusCode, regel.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
    await Promise.all([zgw.stop(), brp.stop()]);
  });

  it('queues the templated message for her WhatsApp, and threads her answer into that gesprek in the inbox', async () => {
    const zaak = zgw.res.zaken.find((z) => z.identificatie === 'ZAAK-2026-0001847')!;
    const status = zgw.res.statussen.filter((s) => s.zaak === zaak.url).at(-1)!;
    const callback = await t.app.inject({
      method: 'POST',
      url: '/api/notificaties/callback',
      headers: { authorization: AUTH },
      payload: {
        kanaal: 'zaken',
        hoofdObject: zaak.url,
        resource: 'status',
        resourceUrl: status.url,
        actie: 'create',
        aanmaakdatum: '2026-11-19T14:00:01Z',
      },
    });
    expect(callback.statusCode).toBe(204);
    await t.app.gebeurtenissen.processDue();

    // Queued for WhatsApp on her number with the filled-in template. (Handing it to the Cloud API
    // needs an approved WhatsApp template outside the 24-hour window; not covered here.)
    const wachtrij = await t.database.db
      .selectFrom('bericht')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .select(['gesprek.kanaal', 'gesprek.metadata', 'bericht.inhoud', 'bericht.bezorgstatus'])
      .where('bericht.richting', '=', 'uitgaand')
      .execute();
    expect(wachtrij).toMatchObject([
      {
        kanaal: 'whatsapp',
        metadata: { antwoordAan: `+${FENNA}` },
        inhoud: 'Uw aanvraag "Bladkorf aanvragen" (ZAAK-2026-0001847) is nu: In behandeling.',
        bezorgstatus: 'wachtrij',
      },
    ]);
    const proactief = await t.database.db
      .selectFrom('proactief_bericht')
      .select(['gesprek_id', 'klantcontact_id'])
      .where('partij_id', '=', partijId)
      .executeTakeFirstOrThrow();

    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
                contacts: [{ profile: { name: 'Fenna de Wit' }, wa_id: FENNA }],
                messages: [
                  {
                    from: FENNA,
                    id: 'wamid.ANTWOORD1',
                    timestamp: String(Math.floor(Date.now() / 1000)),
                    type: 'text',
                    text: { body: 'Dank u! Wanneer wordt de bladkorf dan geplaatst?' },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    const webhook = await t.app.inject({
      method: 'POST',
      url: `/api/kanalen/${kanaalId}/webhook`,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`,
      },
      payload: body,
    });
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
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${proactief.gesprek_id}`, headers: kcc.headers })).json();
    expect(gesprek.berichten.map((b: { richting: string; inhoud: string }) => [b.richting, b.inhoud])).toEqual([
      ['uitgaand', 'Uw aanvraag "Bladkorf aanvragen" (ZAAK-2026-0001847) is nu: In behandeling.'],
      ['inkomend', 'Dank u! Wanneer wordt de bladkorf dan geplaatst?'],
    ]);
  });
});
