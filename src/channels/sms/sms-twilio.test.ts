import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekPartijId } from '../../test/test-app.ts';
import { antwoord, bericht, deliverOnce } from '../koppelingen/provider-server.test-helpers.ts';
import {
  ACCESS_KEY,
  ACCOUNT_SID,
  AUTH_TOKEN,
  CITIZEN,
  SIGNING_KEY,
  startSmsChannels,
  TWILIO_NUMMER,
  type SmsChannels,
} from './sms.test-helpers.ts';

describe('SMS through Twilio', () => {
  let c: SmsChannels;
  beforeAll(async () => {
    c = await startSmsChannels();
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  const url = () => `https://loket.gemeente.test/api/kanalen/${c.twilioId}/webhook`;
  /** Twilio's documented scheme, written out here independently of the code under test. */
  const sign = (params: Record<string, string>, token = AUTH_TOKEN) =>
    createHmac('sha1', token)
      .update(
        url() +
          Object.keys(params)
            .sort()
            .map((k) => k + params[k])
            .join(''),
      )
      .digest('base64');
  const post = (params: Record<string, string>, signature: string | null = sign(params)) =>
    c.t.app.inject({
      method: 'POST',
      url: `/api/kanalen/${c.twilioId}/webhook`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature ? { 'x-twilio-signature': signature } : {}) },
      payload: new URLSearchParams(params).toString(),
    });
  const inbound = (sid: string, body: string) => ({
    ToCountry: 'NL',
    SmsMessageSid: sid,
    NumMedia: '0',
    SmsSid: sid,
    SmsStatus: 'received',
    Body: body,
    To: TWILIO_NUMMER,
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: ACCOUNT_SID,
    From: CITIZEN,
    ApiVersion: '2010-04-01',
  });
  let gesprekId: string;
  let replyId: string;

  it('takes a signed, form-encoded SMS onto the partij with that number and answers with empty TwiML', async () => {
    const response = await post(inbound('SM0001', 'Mijn container is niet geleegd'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.body).toContain('<Response></Response>');
    gesprekId = await c.gesprekOf('SM0001');
    expect(await c.gesprek(gesprekId)).toMatchObject({
      kanaal: 'sms',
      metadata: { kanaalId: c.twilioId, antwoordAan: CITIZEN },
      berichten: [expect.objectContaining({ inhoud: 'Mijn container is niet geleegd' })],
    });
    expect(await gesprekPartijId(c.t.database, gesprekId)).toBe(c.partijId);
  });

  it('refuses forged and unsigned requests, and stores a redelivered MessageSid once', async () => {
    const forged = inbound('SM0666', 'vals');
    expect((await post(forged, sign(forged, 'geraden-token'))).statusCode).toBe(401);
    expect((await post(forged, null)).statusCode).toBe(401);
    expect((await post({ ...forged, Body: 'anders' }, sign(forged))).statusCode).toBe(401);
    const view = (await c.t.app.inject({ method: 'GET', url: `/api/kanalen/${c.twilioId}`, headers: c.beheerder.headers })).json();
    expect(view.geweigerdeVerzoeken.aantal).toBe(3);
    expect((await post(inbound('SM0001', 'Mijn container is niet geleegd'))).statusCode).toBe(200);
    expect((await c.gesprek(gesprekId)).berichten).toHaveLength(1);
  });

  it('sends a reply through the Messages API as documented, retrying after a 500', async () => {
    replyId = await antwoord(c.t, c.agent.headers, gesprekId, 'We komen morgen langs.');
    c.api.queue({ status: 500, body: { code: 20500, message: 'Internal Server Error', status: 500 } });
    await deliverOnce(c.t);
    expect(await bericht(c.t, replyId)).toMatchObject({ bezorgstatus: 'wachtrij', pogingen: 1 });
    await deliverOnce(c.t);
    expect(await bericht(c.t, replyId)).toMatchObject({ bezorgstatus: 'verzonden', kanaal_bericht_id: `SMUIT${c.sent()}` });
    const request = c.api.requests.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` });
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      To: CITIZEN,
      From: TWILIO_NUMMER,
      Body: 'We komen morgen langs.',
      StatusCallback: url(),
    });
  });

  it('applies status callbacks: delivered, and undelivered with the error code', async () => {
    const sid = (await bericht(c.t, replyId)).kanaal_bericht_id!;
    const callback = (status: string, extra: Record<string, string> = {}) => ({
      SmsSid: sid,
      SmsStatus: status,
      MessageStatus: status,
      To: CITIZEN,
      MessageSid: sid,
      AccountSid: ACCOUNT_SID,
      From: TWILIO_NUMMER,
      ApiVersion: '2010-04-01',
      ...extra,
    });
    await post(callback('sent'));
    await post(callback('delivered'));
    expect((await bericht(c.t, replyId)).bezorgstatus).toBe('afgeleverd');

    const second = await antwoord(c.t, c.agent.headers, gesprekId, 'Is het gelukt?');
    await deliverOnce(c.t);
    const sid2 = (await bericht(c.t, second)).kanaal_bericht_id!;
    await post({ ...callback('undelivered', { ErrorCode: '30003' }), SmsSid: sid2, MessageSid: sid2 });
    expect(await bericht(c.t, second)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: '30003' });
  });

  it('marks a reply mislukt at once on a 4xx from Twilio', async () => {
    const id = await antwoord(c.t, c.agent.headers, gesprekId, 'Hallo');
    c.api.queue({
      status: 400,
      body: {
        code: 21211,
        message: "The 'To' number +31612345678 is not a valid phone number.",
        more_info: 'https://www.twilio.com/docs/errors/21211',
        status: 400,
      },
    });
    await deliverOnce(c.t);
    expect(await bericht(c.t, id)).toMatchObject({ bezorgstatus: 'mislukt', pogingen: 1, bezorgfout: expect.stringContaining('(21211)') });
  });

  it('never returns a secret', async () => {
    const responses = [
      await c.t.app.inject({ method: 'GET', url: '/api/kanalen', headers: c.beheerder.headers }),
      await c.t.app.inject({
        method: 'PATCH',
        url: `/api/kanalen/${c.birdId}`,
        headers: c.beheerder.headers,
        payload: { geheimen: { accessKey: 'nieuwe-bird-key-geheim' } },
      }),
    ];
    for (const response of responses)
      for (const secret of [AUTH_TOKEN, ACCESS_KEY, SIGNING_KEY, 'nieuwe-bird-key-geheim']) expect(response.body).not.toContain(secret);
    expect(responses[1]!.json().geheimen).toEqual({ accessKey: { ingesteld: true }, signingKey: { ingesteld: true } });
  });
});
