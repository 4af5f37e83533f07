import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { antwoord, antwoordVlakVoorSluiten, bericht, deliverOnce, geweigerd } from '../koppelingen/provider-server.test-helpers.ts';
import {
  ACCESS_TOKEN,
  CITIZEN,
  epoch,
  fromCitizen,
  PHONE_NUMBER_ID,
  startWhatsApp,
  statuses,
  type WhatsApp,
} from './whatsapp.test-helpers.ts';

/** What goes out through the Graph API: replies, media and templates, their status callbacks and the 24-hour window. */
describe('WhatsApp outbound (Meta Cloud API)', () => {
  let c: WhatsApp;
  let gesprekId: string;
  beforeAll(async () => {
    c = await startWhatsApp();
    gesprekId = await c.citizenWrites('wamid.IN1', 'Wanneer wordt het grofvuil opgehaald?');
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  let replyId: string;
  it('sends a reply through the Graph API as documented, retrying after a 500', async () => {
    replyId = await antwoord(c.t, c.agent.headers, gesprekId, 'Het grofvuil wordt op dinsdag opgehaald.');
    c.graph.queue({ status: 500, body: { error: { message: 'An unknown error has occurred.', code: 1 } } });
    const calls = c.graph.requests.length;
    await deliverOnce(c.t);
    expect(await bericht(c.t, replyId)).toMatchObject({
      bezorgstatus: 'wachtrij',
      pogingen: 1,
      bezorgfout: expect.stringContaining('500'),
    });
    await deliverOnce(c.t);
    expect(await bericht(c.t, replyId)).toMatchObject({
      bezorgstatus: 'verzonden',
      pogingen: 2,
      kanaal_bericht_id: `wamid.UIT${c.sent()}`,
    });
    const [first, second] = c.graph.requests.slice(calls);
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
    const id = (await bericht(c.t, replyId)).kanaal_bericht_id!;
    await c.post(statuses([{ id, status: 'delivered' }]));
    expect((await bericht(c.t, replyId)).bezorgstatus).toBe('afgeleverd');
    await c.post(statuses([{ id, status: 'read' }]));
    await c.post(statuses([{ id, status: 'delivered' }]));
    expect((await bericht(c.t, replyId)).bezorgstatus).toBe('gelezen');
  });

  it('marks a reply mislukt with the reason on a failed status, and at once on a 4xx from the provider', async () => {
    const second = await antwoord(c.t, c.agent.headers, gesprekId, 'Nog een vraag?');
    await deliverOnce(c.t);
    const id = (await bericht(c.t, second)).kanaal_bericht_id!;
    await c.post(
      statuses([
        {
          id,
          status: 'failed',
          errors: [{ code: 131047, title: 'Re-engagement message', error_data: { details: 'More than 24 hours have passed' } }],
        },
      ]),
    );
    expect(await bericht(c.t, second)).toMatchObject({
      bezorgstatus: 'mislukt',
      bezorgfout: '131047: Re-engagement message: More than 24 hours have passed',
    });

    const third = await antwoord(c.t, c.agent.headers, gesprekId, 'Hallo?');
    c.graph.queue({
      status: 400,
      body: { error: { message: '(#131030) Recipient phone number not in allowed list', type: 'OAuthException', code: 131030 } },
    });
    await deliverOnce(c.t);
    expect(await bericht(c.t, third)).toMatchObject({
      bezorgstatus: 'mislukt',
      pogingen: 1,
      bezorgfout: expect.stringContaining('131030'),
    });
  });

  it('sends media by link', async () => {
    const response = await c.t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/media`,
      headers: c.agent.headers,
      payload: { soort: 'document', link: 'https://www.gemeente.nl/afvalkalender.pdf', bijschrift: 'De afvalkalender' },
    });
    expect(response.statusCode, response.body).toBe(201);
    await deliverOnce(c.t);
    expect(JSON.parse(c.graph.requests.at(-1)!.body)).toMatchObject({
      to: CITIZEN,
      type: 'document',
      document: { link: 'https://www.gemeente.nl/afvalkalender.pdf', caption: 'De afvalkalender' },
    });
    expect((await bericht(c.t, response.json().id)).bezorgstatus).toBe('verzonden');
  });

  it('outside the 24-hour window refuses free text and sends only an approved template', async () => {
    const other = '31687654321';
    await c.post(
      fromCitizen(
        [{ id: 'wamid.OUD', type: 'text', text: { body: 'Mijn vraag van eergisteren' }, timestamp: epoch(25 * 3600_000) }],
        other,
      ),
    );
    const oud = await c.gesprekOf('wamid.OUD');
    const headers = c.agent.headers;

    const open = (await c.t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/kanaalgrenzen`, headers })).json();
    expect(open).toMatchObject({ kanaal: 'whatsapp', vensterOpen: true, alleenSjablonen: false, maxLengte: 4096 });
    expect(Date.parse(open.vensterSluitOp)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const closed = (await c.t.app.inject({ method: 'GET', url: `/api/gesprekken/${oud}/kanaalgrenzen`, headers })).json();
    expect(closed).toMatchObject({ kanaal: 'whatsapp', vensterOpen: false, alleenSjablonen: true });
    expect(Date.parse(closed.vensterSluitOp)).toBeLessThan(Date.now());

    const calls = c.graph.requests.length;
    expect(await geweigerd(c.t, headers, oud, 'Sorry voor de late reactie')).toBe('LOKET_KANAALVENSTER_GESLOTEN');
    const laat = await antwoordVlakVoorSluiten(c.t, headers, oud, 'Sorry voor de late reactie', 25);
    await deliverOnce(c.t);
    expect(await bericht(c.t, laat)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: expect.stringContaining('24-uursvenster') });
    expect(c.graph.requests.length).toBe(calls);

    const response = await c.t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${oud}/sjabloon`,
      headers,
      payload: { naam: 'vraag_beantwoord', taal: 'nl', parameters: ['Marieke', 'Z-2026-001'] },
    });
    expect(response.statusCode, response.body).toBe(201);
    await deliverOnce(c.t);
    expect(await bericht(c.t, response.json().id)).toMatchObject({ bezorgstatus: 'verzonden' });
    expect(JSON.parse(c.graph.requests.at(-1)!.body)).toEqual({
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
});
