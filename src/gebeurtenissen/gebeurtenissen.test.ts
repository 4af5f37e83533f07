import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

const AUTH = 'Bearer notificaties-abonnement-geheim';
const NOW = '2026-11-24T10:00:00Z';

const notificatie = (over: Record<string, unknown> = {}) => ({
  kanaal: 'zaken',
  hoofdObject: 'https://zaken.example/zaken/api/v1/zaken/5e1f7d59-7d8a-4b8e-9a5c-2f3f2d7f0c11',
  resource: 'status',
  resourceUrl: 'https://zaken.example/zaken/api/v1/statussen/0b8a5c0e-4b7e-4e64-9a47-1d6c1c2f9e21',
  actie: 'create',
  aanmaakdatum: '2026-11-24T09:59:00Z',
  kenmerken: { bronorganisatie: '002220647', vertrouwelijkheidaanduiding: 'openbaar' },
  ...over,
});

const cloudEvent = (over: Record<string, unknown> = {}) => ({
  specversion: '1.0',
  id: 'evt-0001',
  source: 'urn:nld:gemeente-lindendaal:sensoren',
  type: 'nl.lindendaal.container.vulgraad',
  time: '2026-11-24T09:58:00Z',
  datacontenttype: 'application/json',
  dataref: 'https://sensoren.example/metingen/1',
  sequence: '17',
  sequencetype: 'Integer',
  data: { containerId: 'GFT-0412', vulgraad: 85 },
  ...over,
});

describe('events in: Notificaties callback and CloudEvents', () => {
  let t: TestApp;
  let beheerder: Session;
  let failures = 0;

  beforeAll(async () => {
    t = await createTestApp(
      { NOTIFICATIES_CALLBACK_AUTH: AUTH },
      {
        overrides: {
          clock: new FixedClock(NOW),
          gebeurtenissen: {
            voorVerwerking: (g) => {
              if (g.inhoud.actie === 'faalt-eenmaal' && failures++ === 0) throw new Error('zaaksysteem tijdelijk weg');
            },
          },
        },
      },
    );
    beheerder = await t.login(['beheerder']);
  });
  afterAll(() => t.close());

  const callback = (body: unknown, authorization?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/notificaties/callback',
      headers: authorization === undefined ? {} : { authorization },
      payload: body as Record<string, unknown>,
    });
  const stored = async () =>
    await t.database.db.selectFrom('gebeurtenis').select(['id', 'bron', 'status', 'laatste_fout', 'inhoud']).execute();

  it("refuses a callback without the abonnement's exact Authorization header", async () => {
    expect((await callback(notificatie())).statusCode).toBe(403);
    const wrong = await callback(notificatie(), `${AUTH}x`);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('LOKET_NOTIFICATIES_AUTH_INVALID');
    // An API token is no substitute for the abonnement's header.
    const token = await t.token('beheerder');
    expect((await callback(notificatie(), token.authorization)).statusCode).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it("validates the body against the Notificaties API's schema and names the problem", async () => {
    const { actie: _weg, ...zonderActie } = notificatie();
    const response = await callback(zonderActie, AUTH);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toContain('body.actie');
    const badUrl = await callback(notificatie({ hoofdObject: 'geen url' }), AUTH);
    expect(badUrl.statusCode).toBe(400);
    expect(JSON.stringify(badUrl.json().error.fields)).toContain('hoofdObject');
    expect(await stored()).toEqual([]);
  });

  it('stores a notificatie once: a replay answers 204 and is not processed again', async () => {
    expect((await callback(notificatie(), AUTH)).statusCode).toBe(204);
    expect((await callback(notificatie(), AUTH)).statusCode).toBe(204);
    expect(await stored()).toHaveLength(1);
    expect(await t.app.gebeurtenissen.processDue()).toBe(1);
    expect((await callback(notificatie(), AUTH)).statusCode).toBe(204);
    expect(await t.app.gebeurtenissen.processDue()).toBe(0);
    expect((await stored()).map((g) => g.status)).toEqual(['verwerkt']);
  });

  it('keeps a notificatie whose processing failed, with its error, and retries it after the back-off', async () => {
    expect((await callback(notificatie({ actie: 'faalt-eenmaal' }), AUTH)).statusCode).toBe(204);
    expect(await t.app.gebeurtenissen.processDue()).toBe(0);
    const failed = await t.app.inject({ method: 'GET', url: '/api/beheer/gebeurtenissen?status=mislukt', headers: beheerder.headers });
    expect(failed.statusCode).toBe(200);
    expect(failed.json().gebeurtenissen).toMatchObject([
      { soort: 'zaken/status/faalt-eenmaal', pogingen: 1, laatsteFout: 'Error: zaaksysteem tijdelijk weg' },
    ]);
    // Not due yet: the back-off is measured on the app's clock.
    expect(await t.app.gebeurtenissen.processDue()).toBe(0);
    (t.app.clock as FixedClock).set('2026-11-24T10:00:10Z');
    expect(await t.app.gebeurtenissen.processDue()).toBe(1);
    const after = await t.app.inject({ method: 'GET', url: '/api/beheer/gebeurtenissen?status=mislukt', headers: beheerder.headers });
    expect(after.json().gebeurtenissen).toEqual([]);
  });

  describe('CloudEvents', () => {
    let bron: Record<string, string>;
    beforeAll(async () => {
      bron = await t.token('gebeurtenisbron');
    });
    const post = (body: unknown, headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/events',
        headers: { ...headers, 'content-type': 'application/cloudevents+json' },
        payload: JSON.stringify(body),
      });

    it('needs an API token with the role gebeurtenisbron, which may do nothing else', async () => {
      expect((await post(cloudEvent(), {})).statusCode).toBe(401);
      expect((await post(cloudEvent(), await t.token('kcc'))).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/partijen?naam=wit', headers: bron })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/beheer/regels', headers: bron })).statusCode).toBe(403);
    });

    it('answers 202 once stored, the same 202 for a replayed id from the same source, and keeps every attribute', async () => {
      const first = await post(cloudEvent(), bron);
      expect(first.statusCode).toBe(202);
      expect(first.json()).toMatchObject({ dubbel: false });
      const replay = await post(cloudEvent(), bron);
      expect(replay.statusCode).toBe(202);
      expect(replay.json()).toEqual({ id: first.json().id, dubbel: true });
      // The same id from another source is another event.
      expect((await post(cloudEvent({ source: 'urn:nld:gemeente-lindendaal:andere-sensoren' }), bron)).json().dubbel).toBe(false);
      const row = (await stored()).find((g) => g.id === first.json().id);
      expect(row?.inhoud).toEqual(cloudEvent());
    });

    it('refuses a body that is not a CloudEvent 1.0', async () => {
      const { source: _weg, ...zonderSource } = cloudEvent({ id: 'evt-x' });
      for (const body of [
        zonderSource,
        cloudEvent({ specversion: '0.3' }),
        cloudEvent({ Vul_Graad: 1 }),
        cloudEvent({ time: 'gisteren' }),
        [cloudEvent()],
      ]) {
        const response = await post(body, bron);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
      }
    });

    it('stores and counts event types no rule handles', async () => {
      await post(cloudEvent({ id: 'evt-onbekend', type: 'nl.lindendaal.lantaarnpaal.defect' }), bron);
      await t.app.gebeurtenissen.processDue();
      const response = await t.app.inject({ method: 'GET', url: '/api/beheer/gebeurtenissen/soorten', headers: beheerder.headers });
      expect(response.json().soorten).toContainEqual({
        bron: 'cloudevent',
        soort: 'nl.lindendaal.lantaarnpaal.defect',
        aantal: 1,
        zonderRegel: 1,
      });
    });
  });
});
