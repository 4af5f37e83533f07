import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { kanaal, startProviderServer, TEST_SECRET_KEY, type ProviderServer } from './provider-server.test-helpers.ts';

const ACCESS_TOKEN = 'whatsapp-token-geheim-42';
const AUTH_TOKEN = 'twilio-token-geheim-42';

describe('testing a channel connection (POST /api/kanalen/:id/test)', () => {
  let t: TestApp;
  let api: ProviderServer;
  let beheerder: Session;
  let whatsappId: string;
  let twilioId: string;
  let birdId: string;

  beforeAll(async () => {
    api = await startProviderServer((request) =>
      request.path.startsWith('/2010-04-01/')
        ? { status: 200, body: { sid: 'AC1', friendly_name: 'Gemeente Lindendaal SMS' } }
        : { status: 200, body: { id: '1065', verified_name: 'Gemeente Lindendaal' } },
    );
    t = await createTestApp({
      LOKET_SECRET_KEY: TEST_SECRET_KEY,
      META_GRAPH_URL: api.url,
      TWILIO_API_URL: api.url,
      // Nothing listens on port 1: the provider is unreachable.
      BIRD_API_URL: 'http://127.0.0.1:1',
    });
    beheerder = await t.login(['beheerder']);
    whatsappId = await kanaal(t, beheerder.headers, {
      soort: 'whatsapp',
      naam: 'WhatsApp',
      instellingen: { phoneNumberId: '1065' },
      geheimen: { appSecret: 'app-geheim', accessToken: ACCESS_TOKEN, verifyToken: 'verify-geheim' },
    });
    twilioId = await kanaal(t, beheerder.headers, {
      soort: 'sms-twilio',
      naam: 'SMS',
      instellingen: { accountSid: 'AC1', nummer: '+3197010000001' },
      geheimen: { authToken: AUTH_TOKEN },
      actief: false,
    });
    birdId = await kanaal(t, beheerder.headers, {
      soort: 'sms-bird',
      naam: 'SMS (Bird)',
      instellingen: { workspaceId: 'w1', channelId: 'c1' },
      geheimen: { accessKey: 'bird-geheim', signingKey: 'bird-signing' },
    });
  });
  afterAll(async () => {
    await t?.close();
    await api?.close();
  });

  const test = (id: string, headers = beheerder.headers) => t.app.inject({ method: 'POST', url: `/api/kanalen/${id}/test`, headers });

  it('asks the provider about its own account with the stored token, sends nothing, and names the account', async () => {
    const before = api.requests.length;
    const response = await test(whatsappId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, melding: expect.stringContaining('Gemeente Lindendaal') });
    expect(response.body).not.toContain(ACCESS_TOKEN);
    const [request] = api.requests.slice(before);
    expect(request).toMatchObject({ method: 'GET', path: '/v21.0/1065?fields=verified_name' });
    expect(request?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  it('reports a refused token in plain Dutch with the provider’s own message', async () => {
    api.queue({ status: 401, body: { error: { message: 'Invalid OAuth access token.', code: 190 } } });
    const response = await test(whatsappId);
    expect(response.json()).toMatchObject({
      ok: false,
      melding: 'De aanbieder weigert het toegangstoken of de sleutel (401): Invalid OAuth access token. (190)',
    });
  });

  it('tests a switched-off connection too, so it can be checked before it goes live', async () => {
    const ok = await test(twilioId);
    expect(ok.json()).toMatchObject({ ok: true, melding: expect.stringContaining('Gemeente Lindendaal SMS') });
    expect(api.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from(`AC1:${AUTH_TOKEN}`).toString('base64')}`);
    api.queue({ status: 404, body: { code: 20404, message: 'The requested resource was not found' } });
    expect((await test(twilioId)).json().melding).toMatch(/^De aanbieder kent dit account of nummer niet.*\(404\): The requested resource/);
  });

  it('says when the provider cannot be reached', async () => {
    const response = await test(birdId);
    expect(response.json()).toMatchObject({ ok: false, melding: expect.stringMatching(/^De aanbieder is niet bereikbaar/) });
  });

  it('is for beheerders only and answers 404 for an unknown connection', async () => {
    const kcc = await t.login(['kcc']);
    expect((await test(whatsappId, kcc.headers)).statusCode).toBe(403);
    expect((await test('5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f')).statusCode).toBe(404);
  });
});
