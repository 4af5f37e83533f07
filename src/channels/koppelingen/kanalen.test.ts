import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

describe('configuring messaging channels', () => {
  it('reads LOKET_SECRET_KEY as 32 bytes of base64 or hex and names it when it is wrong', () => {
    const key = randomBytes(32);
    expect(loadConfig({ LOKET_SECRET_KEY: key.toString('base64') }).secretKey).toEqual(key);
    expect(loadConfig({ LOKET_SECRET_KEY: key.toString('hex') }).secretKey).toEqual(key);
    expect(loadConfig({}).secretKey).toBeUndefined();
    for (const bad of ['kort', randomBytes(16).toString('base64'), randomBytes(31).toString('hex')]) {
      expect(() => loadConfig({ LOKET_SECRET_KEY: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ LOKET_SECRET_KEY: bad })).toThrow(/LOKET_SECRET_KEY/);
    }
    expect(loadConfig({}).berichtenApis).toEqual({
      metaGraphUrl: 'https://graph.facebook.com',
      metaGraphVersion: 'v21.0',
      twilioApiUrl: 'https://api.twilio.com',
      birdApiUrl: 'https://api.bird.com',
    });
    expect(() => loadConfig({ META_GRAPH_VERSION: '21' })).toThrow(/META_GRAPH_VERSION/);
  });

  describe('without LOKET_SECRET_KEY', () => {
    let t: TestApp;
    let beheerder: Session;
    beforeAll(async () => {
      t = await createTestApp();
      beheerder = await t.login(['beheerder']);
    });
    afterAll(async () => t?.close());

    const whatsapp = {
      soort: 'whatsapp',
      naam: 'WhatsApp',
      instellingen: { phoneNumberId: '1065' },
      geheimen: { appSecret: 'a-geheim', accessToken: 'b-geheim', verifyToken: 'c-geheim' },
    };

    it('refuses to store a channel’s secrets unencrypted, naming the variable to set', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/kanalen', headers: beheerder.headers, payload: whatsapp });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({
        code: 'LOKET_GEHEIME_SLEUTEL_ONTBREEKT',
        message: expect.stringContaining('LOKET_SECRET_KEY'),
      });
      expect(response.body).not.toContain('a-geheim');
    });

    it('says which settings a kind of channel misses or does not know', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/kanalen',
        headers: beheerder.headers,
        payload: { ...whatsapp, soort: 'sms-twilio', instellingen: { accountSid: 'AC1' } },
      });
      expect(response.statusCode).toBe(400);
      const fields = response.json().error.fields.map((f: { field: string }) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['body.instellingen.nummer', 'body.geheimen.authToken', 'body.geheimen.appSecret']));
    });

    it('is for beheerders only', async () => {
      const kcc = await t.login(['kcc']);
      expect((await t.app.inject({ method: 'GET', url: '/api/kanalen', headers: kcc.headers })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/kanalen' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'POST', url: '/api/kanalen', headers: kcc.headers, payload: whatsapp })).statusCode).toBe(403);
    });

    it('answers 404 for the webhook of an unknown or deleted channel, 400 for a malformed id', async () => {
      const row = await t.database.db
        .insertInto('kanaal_koppeling')
        .values({ soort: 'messenger', naam: 'Oud', instellingen: JSON.stringify({ pageId: '1' }), geheimen: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect((await t.app.inject({ method: 'GET', url: `/api/kanalen/${row.id}`, headers: beheerder.headers })).json()).toMatchObject({
        naam: 'Oud',
        geheimen: { appSecret: { ingesteld: false } },
      });
      expect((await t.app.inject({ method: 'DELETE', url: `/api/kanalen/${row.id}`, headers: beheerder.headers })).statusCode).toBe(204);
      const gone = await t.app.inject({
        method: 'POST',
        url: `/api/kanalen/${row.id}/webhook`,
        headers: { 'content-type': 'application/json' },
        payload: '{}',
      });
      expect(gone.statusCode).toBe(404);
      expect(gone.json().error.code).toBe('LOKET_KANAAL_ONBEKEND');
      expect((await t.app.inject({ method: 'POST', url: '/api/kanalen/niet-een-id/webhook', payload: '{}' })).statusCode).toBe(400);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/kanalen/${row.id}`, headers: beheerder.headers })).statusCode).toBe(404);
    });

    it('leaves other routes’ JSON parsing alone (the raw-body parser is scoped to the webhooks)', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/kanalen',
        headers: { ...beheerder.headers, 'content-type': 'application/json' },
        payload: '{"soort": ',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).not.toBe('LOKET_KANAAL_INSTELLINGEN_ONGELDIG');
    });
  });
});
