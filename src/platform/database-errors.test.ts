import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

const KI = '/klantinteracties/api/v1';

describe('input the database refuses answers 400, never 500', () => {
  let t: TestApp;
  let agent: Session;
  let backoffice: Session;

  beforeAll(async () => {
    t = await createTestApp(
      {},
      {
        // Stand-ins for a domain that forgot to check: the central handler is the safety net.
        extend: (app) => {
          app.post('/test/datum', async () => sql`select ${'0000-01-01'}::date`.execute(t.database.db));
          app.post('/test/fk', async () =>
            t.database.db
              .insertInto('team_lid')
              .values({ team_id: '00000000-0000-4000-8000-000000000000', medewerker_id: '00000000-0000-4000-8000-000000000001' })
              .execute(),
          );
        },
      },
    );
    agent = await t.login(['kcc']);
    backoffice = await t.login(['backoffice']);
  });
  afterAll(() => t.close());

  it('refuses an empty bijlage, onderwerpobject or categorie-relatie naming the field', async () => {
    for (const [path, field] of [
      ['bijlagen', 'wasBijlageVanKlantcontact'],
      ['onderwerpobjecten', 'klantcontact'],
      ['categorie-relaties', 'partij'],
    ]) {
      // The Klantinteracties API takes sessions of the back office only (ki-toegang.ts).
      const response = await t.app.inject({ method: 'POST', url: `${KI}/${path}`, headers: backoffice.headers, payload: {} });
      expect(response.statusCode, path).toBe(400);
      expect(response.json().invalidParams).toEqual([expect.objectContaining({ name: field, code: 'required' })]);
    }
  });

  it('refuses a werkteVoorPartijId that does not exist and a birth date in year 0, naming the field', async () => {
    const werkte = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: agent.headers,
      payload: persoon({ werkteVoorPartijId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(werkte.statusCode).toBe(400);
    expect(werkte.json().error.fields).toEqual([expect.objectContaining({ field: 'body.werkteVoorPartijId' })]);
    const partij = (await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon() })).json<{
      id: string;
    }>();
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/partijen/${partij.id}`,
      headers: agent.headers,
      payload: { werkteVoorPartijId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(patch.statusCode).toBe(400);
    const jaarNul = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: agent.headers,
      payload: persoon({ geboortedatum: '0000-01-01' }),
    });
    expect(jaarNul.statusCode).toBe(400);
    expect(jaarNul.json().error.fields).toEqual([expect.objectContaining({ field: 'body.geboortedatum' })]);
  });

  it('lets only a medewerker verify a caller: an API token gets 403 with a clear code', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: agent.headers,
      payload: persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'verifieer@example.nl' }] }),
    });
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<db-errors@example.nl>',
      afzender: { soort: 'email', adres: 'verifieer@example.nl' },
      draad: {},
      onderwerp: 'Vraag',
      tekst: 'Vraag',
    });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${processed!.gesprekId}/verificatie`,
      headers: await t.token('kcc'),
      payload: { naam: 'Marieke Jansen', geboortedatum: '1968-04-17', postcode: '3541 AB' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('LOKET_VERIFICATIE_DOOR_MEDEWERKER');
  });

  it('maps any remaining constraint or datetime refusal to 400, naming the column when PostgreSQL gives it', async () => {
    const datum = await t.app.inject({ method: 'POST', url: '/test/datum', headers: agent.headers });
    expect(datum.statusCode).toBe(400);
    expect(datum.json().error.code).toBe('LOKET_WAARDE_GEWEIGERD');
    const fk = await t.app.inject({ method: 'POST', url: '/test/fk', headers: agent.headers });
    expect(fk.statusCode).toBe(400);
    expect(fk.json().error).toMatchObject({ code: 'LOKET_WAARDE_GEWEIGERD', fields: [{ field: 'team_id', message: expect.any(String) }] });
  });
});
