import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { antwoord, bericht, deliverOnce } from '../koppelingen/provider-server.test-helpers.ts';
import {
  ACCESS_TOKEN,
  APP_SECRET,
  fromCitizen,
  PHONE_NUMBER_ID,
  startWhatsApp,
  VERIFY_TOKEN,
  type WhatsApp,
} from './whatsapp.test-helpers.ts';

/** The WhatsApp koppeling as the beheerder sees it: secrets kept out of sight, and switched off. */
describe('the WhatsApp koppeling', () => {
  let c: WhatsApp;
  let gesprekId: string;
  beforeAll(async () => {
    c = await startWhatsApp();
    gesprekId = await c.citizenWrites('wamid.IN1', 'Wanneer wordt het grofvuil opgehaald?');
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it('never shows a secret in an API response, and keeps them encrypted in the database', async () => {
    const secrets = [APP_SECRET, ACCESS_TOKEN, VERIFY_TOKEN];
    const headers = c.beheerder.headers;
    const responses = [
      await c.t.app.inject({ method: 'GET', url: '/api/kanalen', headers }),
      await c.t.app.inject({ method: 'GET', url: `/api/kanalen/${c.kanaalId}`, headers }),
      await c.t.app.inject({ method: 'PATCH', url: `/api/kanalen/${c.kanaalId}`, headers, payload: { naam: 'WhatsApp Publiekszaken' } }),
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
      webhookUrl: `http://localhost:8080/api/kanalen/${c.kanaalId}/webhook`,
    });
    const row = await c.t.database.db
      .selectFrom('kanaal_koppeling')
      .select('geheimen')
      .where('id', '=', c.kanaalId)
      .executeTakeFirstOrThrow();
    for (const secret of secrets) expect(row.geheimen).not.toContain(secret);
    expect((await c.t.app.inject({ method: 'GET', url: '/api/kanalen', headers: c.agent.headers })).statusCode).toBe(403);
  });

  it('when switched off, answers webhooks with 404 and refuses to send', async () => {
    await c.t.app.inject({ method: 'PATCH', url: `/api/kanalen/${c.kanaalId}`, headers: c.beheerder.headers, payload: { actief: false } });
    const body = fromCitizen([{ id: 'wamid.UIT-STAND', type: 'text', text: { body: 'hallo?' } }]);
    expect((await c.post(body)).statusCode).toBe(404);
    expect(
      (await c.t.app.inject({ method: 'GET', url: `${c.url()}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1` }))
        .statusCode,
    ).toBe(404);
    const reply = await antwoord(c.t, c.agent.headers, gesprekId, 'Bent u er nog?');
    await deliverOnce(c.t);
    expect(await bericht(c.t, reply)).toMatchObject({ bezorgstatus: 'mislukt', bezorgfout: expect.stringContaining('staat uit') });
  });
});
