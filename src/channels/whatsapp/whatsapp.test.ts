import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, gesprekPartijId, type Session, type TestApp } from '../../test/test-app.ts';
import {
  antwoord,
  antwoordVlakVoorSluiten,
  bericht,
  deliverOnce,
  geweigerd,
  kanaal,
  partijMet,
  startProviderServer,
  TEST_SECRET_KEY,
  type ProviderServer,
} from '../koppelingen/provider-server.test-helpers.ts';

const APP_SECRET = 'wa-app-geheim-0123456789';
const ACCESS_TOKEN = 'EAAG-wa-toegangstoken-geheim';
const VERIFY_TOKEN = 'wa-verificatie-geheim';
const PHONE_NUMBER_ID = '106540352242922';
const CITIZEN = '31612345678';

const sign = (body: string, secret = APP_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const epoch = (msAgo = 0) => String(Math.floor((Date.now() - msAgo) / 1000));

/** A webhook in the Cloud API's documented shape (entry[].changes[].value). */
function webhook(value: Record<string, unknown>): string {
  return JSON.stringify({
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
              ...value,
            },
          },
        ],
      },
    ],
  });
}
// A second apart, so the gesprek lists them in the order sent.
const fromCitizen = (messages: Record<string, unknown>[], from = CITIZEN) =>
  webhook({
    contacts: [{ profile: { name: 'Marieke Jansen' }, wa_id: from }],
    messages: messages.map((m, i) => ({ from, timestamp: epoch((messages.length - i) * 1000), ...m })),
  });
const statuses = (list: Record<string, unknown>[]) =>
  webhook({ statuses: list.map((s) => ({ timestamp: epoch(), recipient_id: CITIZEN, ...s })) });

describe('the WhatsApp channel (Meta Cloud API)', () => {
  let t: TestApp;
  let graph: ProviderServer;
  let beheerder: Session;
  let agent: Session;
  let kanaalId: string;
  let partijId: string;
  let gesprekId: string;
  let sent = 0;

  beforeAll(async () => {
    graph = await startProviderServer((request) => {
      if (request.path === '/v21.0/MEDIA-IMG')
        return { status: 200, body: { url: `${graph.url}/files/img`, mime_type: 'image/jpeg', file_size: 20, id: 'MEDIA-IMG' } };
      if (request.path === '/files/img') return { status: 200, body: 'jpeg-bytes' };
      return {
        status: 200,
        body: { messaging_product: 'whatsapp', contacts: [{ input: CITIZEN, wa_id: CITIZEN }], messages: [{ id: `wamid.UIT${++sent}` }] },
      };
    });
    t = await createTestApp({
      LOKET_SECRET_KEY: TEST_SECRET_KEY,
      META_GRAPH_URL: graph.url,
      META_GRAPH_VERSION: 'v21.0',
      BOT_ACTIEF: 'false',
    });
    beheerder = await t.login(['beheerder']);
    agent = await t.login(['kcc']);
    kanaalId = await kanaal(t, beheerder.headers, {
      soort: 'whatsapp',
      naam: 'WhatsApp KCC',
      instellingen: { phoneNumberId: PHONE_NUMBER_ID },
      geheimen: { appSecret: APP_SECRET, accessToken: ACCESS_TOKEN, verifyToken: VERIFY_TOKEN },
    });
    partijId = await partijMet(t, agent.headers, 'telefoonnummer', '06-12345678');
  });
  afterAll(async () => {
    await t?.close();
    await graph?.close();
  });

  const url = () => `/api/kanalen/${kanaalId}/webhook`;
  const post = (body: string, signature: string | null = sign(body)) =>
    t.app.inject({
      method: 'POST',
      url: url(),
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
      payload: body,
    });
  const gesprek = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: agent.headers })).json();
  const inboundCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('inkomend_bericht')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('answers Meta’s verification handshake only with the right verify token', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: `${url()}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    const wrong = await t.app.inject({
      method: 'GET',
      url: `${url()}?hub.mode=subscribe&hub.verify_token=geraden&hub.challenge=1158201444`,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).not.toContain('1158201444');
  });

  it('takes a signed text message onto the partij with that phone number, raw payload kept', async () => {
    const body = fromCitizen([{ id: 'wamid.IN1', type: 'text', text: { body: 'Wanneer wordt het grofvuil opgehaald?' } }]);
    const response = await post(body);
    expect(response.statusCode).toBe(200);
    const stored = await t.database.db
      .selectFrom('inkomend_bericht')
      .selectAll()
      .where('kanaal_bericht_id', '=', 'wamid.IN1')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ kanaal: 'whatsapp', status: 'verwerkt', ruw: body });
    gesprekId = stored.gesprek_id!;
    const view = await gesprek(gesprekId);
    expect(view).toMatchObject({ kanaal: 'whatsapp', metadata: { kanaalId, antwoordAan: `+${CITIZEN}` } });
    expect(await gesprekPartijId(t.database, gesprekId)).toBe(partijId);
    expect(view.berichten).toEqual([expect.objectContaining({ richting: 'inkomend', inhoud: 'Wanneer wordt het grofvuil opgehaald?' })]);
  });

  it('refuses forged and unsigned requests before storing anything, and counts them for the beheerder', async () => {
    const before = await inboundCount();
    const body = fromCitizen([{ id: 'wamid.VALS', type: 'text', text: { body: 'vals' } }]);
    expect((await post(body, sign(body, 'verkeerd-geheim'))).statusCode).toBe(401);
    expect((await post(body, null)).statusCode).toBe(401);
    expect((await post(body.replace('vals', 'VALS'), sign(body))).statusCode).toBe(401);
    expect(await inboundCount()).toBe(before);
    const view = (await t.app.inject({ method: 'GET', url: `/api/kanalen/${kanaalId}`, headers: beheerder.headers })).json();
    expect(view.geweigerdeVerzoeken.aantal).toBe(3);
    expect(view.geweigerdeVerzoeken.laatsteOp).toEqual(expect.any(String));
  });

  it('does not store a replayed or twice-delivered webhook a second time', async () => {
    const body = fromCitizen([{ id: 'wamid.IN1', type: 'text', text: { body: 'Wanneer wordt het grofvuil opgehaald?' } }]);
    expect((await post(body)).statusCode).toBe(200);
    expect((await post(body)).statusCode).toBe(200);
    expect((await gesprek(gesprekId)).berichten).toHaveLength(1);
  });

  it('reads images (fetched from the Graph API), documents, audio, locations, contacts and button and list replies', async () => {
    const body = fromCitizen([
      {
        id: 'wamid.IMG',
        type: 'image',
        image: { id: 'MEDIA-IMG', mime_type: 'image/jpeg', sha256: 'abc', caption: 'De kapotte lantaarnpaal' },
      },
      { id: 'wamid.DOC', type: 'document', document: { id: 'MEDIA-DOC', mime_type: 'application/pdf', filename: 'bezwaar.pdf' } },
      { id: 'wamid.AUD', type: 'audio', audio: { id: 'MEDIA-AUD', mime_type: 'audio/ogg; codecs=opus' } },
      {
        id: 'wamid.LOC',
        type: 'location',
        location: { latitude: 52.0907, longitude: 5.1214, name: 'Stadhuis', address: 'Stadsplateau 1, Utrecht' },
      },
      {
        id: 'wamid.CON',
        type: 'contacts',
        contacts: [{ name: { formatted_name: 'Jan de Vries' }, phones: [{ phone: '+31 6 98765432', type: 'CELL' }] }],
      },
      { id: 'wamid.BTN', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'ja', title: 'Ja, graag' } } },
      {
        id: 'wamid.LST',
        type: 'interactive',
        interactive: { type: 'list_reply', list_reply: { id: 'afval', title: 'Afval', description: 'Vragen over afval' } },
      },
    ]);
    expect((await post(body)).statusCode).toBe(200);
    const berichten = (await gesprek(gesprekId)).berichten.filter(
      (b: { metadata: { type?: string } | null }) => b.metadata?.type !== 'text',
    );
    expect(berichten.map((b: { inhoud: string }) => b.inhoud)).toEqual([
      '[afbeelding] De kapotte lantaarnpaal',
      '[document: bezwaar.pdf]',
      '[spraakbericht]',
      '[locatie] Stadhuis, Stadsplateau 1, Utrecht (52.0907, 5.1214)',
      '[contact] Jan de Vries +31 6 98765432',
      'Ja, graag',
      'Afval',
    ]);
    expect(berichten[0].metadata).toMatchObject({ type: 'image', media: { id: 'MEDIA-IMG', mimeType: 'image/jpeg', sha256: 'abc' } });
    expect(berichten[1].metadata).toMatchObject({ media: { id: 'MEDIA-DOC', bestandsnaam: 'bezwaar.pdf' } });
    expect(berichten[3].metadata).toMatchObject({ locatie: { latitude: 52.0907, longitude: 5.1214 } });
    expect(berichten[5].metadata).toMatchObject({ keuze: { soort: 'button_reply', id: 'ja' } });
    const mediaCalls = graph.requests.filter((r) => r.path === '/v21.0/MEDIA-IMG' || r.path === '/files/img');
    expect(mediaCalls.every((r) => r.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
    const bijlage = await t.database.db
      .selectFrom('bijlage')
      .select(['content_type', 'inhoud'])
      .where('bericht_id', '=', berichten[0].id)
      .executeTakeFirstOrThrow();
    expect(bijlage.content_type).toBe('image/jpeg');
    expect(Buffer.from(bijlage.inhoud!).toString()).toBe('"jpeg-bytes"');
  });

  let replyId: string;
  it('sends a reply through the Graph API as documented, retrying after a 500', async () => {
    replyId = await antwoord(t, agent.headers, gesprekId, 'Het grofvuil wordt op dinsdag opgehaald.');
    graph.queue({ status: 500, body: { error: { message: 'An unknown error has occurred.', code: 1 } } });
    const calls = graph.requests.length;
    await deliverOnce(t);
    expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'wachtrij', pogingen: 1, bezorgfout: expect.stringContaining('500') });
    await deliverOnce(t);
    expect(await bericht(t, replyId)).toMatchObject({ bezorgstatus: 'verzonden', pogingen: 2, kanaal_bericht_id: `wamid.UIT${sent}` });
    const [first, second] = graph.requests.slice(calls);
    expect(first!.body).toBe(second!.body);
    expect(second).toMatchObject({
      method: 'POST',
      path: `/v21.0/${PHONE_NUMBER_ID}/messages`,
      headers: expect.objectContaining({ authorization: `Bearer ${ACCESS_TOKEN}`, 'content-type': 'application/json' }),
    });
    expect(JSON.parse(second!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: CITIZEN,
      type: 'text',
      text: { preview_url: false, body: 'Het grofvuil wordt op dinsdag opgehaald.' },
    });
  });

  it('applies status callbacks (delivered, read) and never moves a status back', async () => {
    const id = (await bericht(t, replyId)).kanaal_bericht_id!;
    await post(statuses([{ id, status: 'delivered' }]));
    expect((await bericht(t, replyId)).bezorgstatus).toBe('afgeleverd');
    await post(statuses([{ id, status: 'read' }]));
    await post(statuses([{ id, status: 'delivered' }]));
    expect((await bericht(t, replyId)).bezorgstatus).toBe('gelezen');
  });

  it('marks a reply mislukt with the reason on a failed status, and at once on a 4xx from the provider', async () => {
    const second = await antwoord(t, agent.headers, gesprekId, 'Nog een vraag?');
    await deliverOnce(t);
    const id = (await bericht(t, second)).kanaal_bericht_id!;
    await post(
      statuses([
        {
          id,
          status: 'failed',
          errors: [{ code: 131047, title: 'Re-engagement message', error_data: { details: 'More than 24 hours have passed' } }],
        },
      ]),
    );
    expect(await bericht(t, second)).toMatchObject({
      bezorgstatus: 'mislukt',
      bezorgfout: '131047: Re-engagement message: More than 24 hours have passed',
    });

    const third = await antwoord(t, agent.headers, gesprekId, 'Hallo?');
    graph.queue({
      status: 400,
      body: { error: { message: '(#131030) Recipient phone number not in allowed list', type: 'OAuthException', code: 131030 } },
    });
    await deliverOnce(t);
    expect(await bericht(t, third)).toMatchObject({ bezorgstatus: 'mislukt', pogingen: 1, bezorgfout: expect.stringContaining('131030') });
  });

  it('sends media by link', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/media`,
      headers: agent.headers,
      payload: { soort: 'document', link: 'https://www.gemeente.nl/afvalkalender.pdf', bijschrift: 'De afvalkalender' },
    });
    expect(response.statusCode, response.body).toBe(201);
    await deliverOnce(t);
    expect(JSON.parse(graph.requests.at(-1)!.body)).toMatchObject({
      to: CITIZEN,
      type: 'document',
      document: { link: 'https://www.gemeente.nl/afvalkalender.pdf', caption: 'De afvalkalender' },
    });
    expect((await bericht(t, response.json().id)).bezorgstatus).toBe('verzonden');
  });

  it('outside the 24-hour window refuses free text and sends only an approved template', async () => {
    const other = '31687654321';
    await post(
      fromCitizen(
        [{ id: 'wamid.OUD', type: 'text', text: { body: 'Mijn vraag van eergisteren' }, timestamp: epoch(25 * 3600_000) }],
        other,
      ),
    );
    const oud = (
      await t.database.db
        .selectFrom('inkomend_bericht')
        .select('gesprek_id')
        .where('kanaal_bericht_id', '=', 'wamid.OUD')
        .executeTakeFirstOrThrow()
    ).gesprek_id!;

    const open = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/kanaalgrenzen`, headers: agent.headers })).json();
    expect(open).toMatchObject({ kanaal: 'whatsapp', vensterOpen: true, alleenSjablonen: false, maxLengte: 4096 });
    expect(Date.parse(open.vensterSluitOp)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const closed = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${oud}/kanaalgrenzen`, headers: agent.headers })).json();
    expect(closed).toMatchObject({ kanaal: 'whatsapp', vensterOpen: false, alleenSjablonen: true });
    expect(Date.parse(closed.vensterSluitOp)).toBeLessThan(Date.now());

    const calls = graph.requests.length;
    expect(await geweigerd(t, agent.headers, oud, 'Sorry voor de late reactie')).toBe('LOKET_KANAALVENSTER_GESLOTEN');
    const laat = await antwoordVlakVoorSluiten(t, agent.headers, oud, 'Sorry voor de late reactie', 25);
    await deliverOnce(t);
    expect(await bericht(t, laat)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: expect.stringContaining('24-uursvenster') });
    expect(graph.requests.length).toBe(calls);

    const response = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${oud}/sjabloon`,
      headers: agent.headers,
      payload: { naam: 'vraag_beantwoord', taal: 'nl', parameters: ['Marieke', 'Z-2026-001'] },
    });
    expect(response.statusCode, response.body).toBe(201);
    await deliverOnce(t);
    expect(await bericht(t, response.json().id)).toMatchObject({ bezorgstatus: 'verzonden' });
    expect(JSON.parse(graph.requests.at(-1)!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: other,
      type: 'template',
      template: {
        name: 'vraag_beantwoord',
        language: { code: 'nl' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Marieke' },
              { type: 'text', text: 'Z-2026-001' },
            ],
          },
        ],
      },
    });
  });

  it('never shows a secret in an API response, and keeps them encrypted in the database', async () => {
    const secrets = [APP_SECRET, ACCESS_TOKEN, VERIFY_TOKEN];
    const responses = [
      await t.app.inject({ method: 'GET', url: '/api/kanalen', headers: beheerder.headers }),
      await t.app.inject({ method: 'GET', url: `/api/kanalen/${kanaalId}`, headers: beheerder.headers }),
      await t.app.inject({
        method: 'PATCH',
        url: `/api/kanalen/${kanaalId}`,
        headers: beheerder.headers,
        payload: { naam: 'WhatsApp Publiekszaken' },
      }),
    ];
    for (const response of responses) {
      expect(response.statusCode).toBe(200);
      for (const secret of secrets) expect(response.body).not.toContain(secret);
    }
    expect(responses[1]!.json()).toMatchObject({
      soort: 'whatsapp',
      kanaal: 'whatsapp',
      instellingen: { phoneNumberId: PHONE_NUMBER_ID },
      geheimen: { appSecret: { ingesteld: true }, accessToken: { ingesteld: true }, verifyToken: { ingesteld: true } },
      webhookUrl: `http://localhost:8080/api/kanalen/${kanaalId}/webhook`,
    });
    const row = await t.database.db.selectFrom('kanaal_koppeling').select('geheimen').where('id', '=', kanaalId).executeTakeFirstOrThrow();
    for (const secret of secrets) expect(row.geheimen).not.toContain(secret);
    expect((await t.app.inject({ method: 'GET', url: '/api/kanalen', headers: agent.headers })).statusCode).toBe(403);
  });

  it('stores a signed message with a NUL or a lone surrogate (checked over the raw bytes, then cleaned), so Meta need not retry', async () => {
    const body = fromCitizen([{ id: 'wamid.NUL', type: 'text', text: { body: 'Nul\u0000 en \ud800 hier' } }], '31687654321');
    expect(body).toContain('\\u0000');
    const response = await post(body);
    expect(response.statusCode).toBe(200);
    const stored = await t.database.db
      .selectFrom('inkomend_bericht')
      .select(['status', 'gesprek_id'])
      .where('kanaal_bericht_id', '=', 'wamid.NUL')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('verwerkt');
    expect((await gesprek(stored.gesprek_id!)).berichten).toContainEqual(expect.objectContaining({ inhoud: 'Nul\ufffd en \ufffd hier' }));
  });

  it('when switched off, answers webhooks with 404 and refuses to send', async () => {
    await t.app.inject({ method: 'PATCH', url: `/api/kanalen/${kanaalId}`, headers: beheerder.headers, payload: { actief: false } });
    const body = fromCitizen([{ id: 'wamid.UIT-STAND', type: 'text', text: { body: 'hallo?' } }]);
    expect((await post(body)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `${url()}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1` }))
        .statusCode,
    ).toBe(404);
    const reply = await antwoord(t, agent.headers, gesprekId, 'Bent u er nog?');
    await deliverOnce(t);
    expect(await bericht(t, reply)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: expect.stringContaining('staat uit') });
  });
});
