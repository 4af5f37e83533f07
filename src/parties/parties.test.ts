import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

describe('partijen API', () => {
  let t: TestApp;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('registers a person with identifiers and normalised contact details', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon() });
    expect(response.statusCode).toBe(201);
    const partij = response.json();
    expect(partij).toMatchObject({
      soortPartij: 'persoon',
      volledigeNaam: 'Marieke Jansen',
      geboortedatum: '1968-04-17',
      geverifieerd: false,
    });
    expect(partij.nummer).toMatch(/^\d{10}$/);
    expect(partij.identificatoren).toEqual([expect.objectContaining({ codeSoortObjectId: 'bsn', objectId: '111222333' })]);
    expect(partij.digitaleAdressen[0].adres).toBe('+31612345678');
    expect(partij.bezoekadres.postcode).toBe('3541 AB');
  });

  it('rejects a BSN that fails the elfproef and names the field', async () => {
    const body = persoon({
      identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '123456789', codeRegister: 'brp' }],
    });
    const response = await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: body });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('LOKET_VALIDATION_FAILED');
    expect(response.json().error.fields).toEqual([expect.objectContaining({ field: 'body.identificatoren.0.objectId' })]);
  });

  it('names the missing or wrong field in schema errors, in the caller’s language', async () => {
    const missing = await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: { achternaam: 'Jansen' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.map((f: { field: string }) => f.field)).toContain('body.soortPartij');
    expect(missing.json().error.message).toMatch(/Ongeldige invoer in: .*soortPartij/);

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: { ...agent.headers, 'accept-language': 'en-GB,en' },
      payload: { soortPartij: 'persoon', geboortedatum: 'gisteren' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/^Invalid input in: body\.geboortedatum/);

    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: agent.headers,
      payload: { soortPartij: 'persoon', schoenmaat: 44 },
    });
    expect(unknown.json().error.fields[0].field).toBe('body.schoenmaat');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/partijen/7d1c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f',
      headers: agent.headers,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LOKET_PARTIJ_NOT_FOUND');
    const malformed = await t.app.inject({ method: 'GET', url: '/api/partijen/niet-een-uuid', headers: agent.headers });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].field).toBe('params.id');
  });

  it('logs every read of a partij as exactly one processing-log row, in the same transaction', async () => {
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon({ identificatoren: [] }) })
    ).json();
    expect(await logCount(t.database, created.id, 'Raadplegen')).toBe(0);
    await t.app.inject({ method: 'GET', url: `/api/partijen/${created.id}`, headers: agent.headers });
    expect(await logCount(t.database, created.id, 'Raadplegen')).toBe(1);
    await t.app.inject({
      method: 'GET',
      url: `/api/partijen/${created.id}`,
      headers: { ...agent.headers, 'x-verwerking-doel': 'Terugbelverzoek afhandelen' },
    });
    expect(await logCount(t.database, created.id, 'Raadplegen')).toBe(2);
    const last = await t.database.db
      .selectFrom('verwerkingsactie')
      .select(['doel', 'gebruiker', 'actie_naam'])
      .orderBy('tijdstip_registratie', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ doel: 'Terugbelverzoek afhandelen', gebruiker: agent.medewerkerId, actie_naam: 'Partij raadplegen' });
  });

  it('refuses roles without a need for personal data with 403, returning and logging nothing', async () => {
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon({ identificatoren: [] }) })
    ).json();
    const before = await logCount(t.database, created.id);
    for (const rol of ['redacteur', 'beheerder'] as const) {
      const other = await t.login([rol]);
      const response = await t.app.inject({ method: 'GET', url: `/api/partijen/${created.id}`, headers: other.headers });
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('Jansen');
      expect(response.json().error.code).toBe('LOKET_FORBIDDEN');
    }
    expect(await logCount(t.database, created.id)).toBe(before);
  });

  it('finds partijen by BSN, phone number in any notation, e-mail, postcode and name', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: persoon({
          voornaam: 'Pieter',
          achternaam: 'Bakker',
          identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '123456782', codeRegister: 'brp' }],
          digitaleAdressen: [
            { soortDigitaalAdres: 'telefoonnummer', adres: '+31 6 87654321' },
            { soortDigitaalAdres: 'email', adres: 'P.Bakker@Example.nl' },
          ],
          bezoekadres: { straatnaam: 'Eikenlaan', huisnummer: 3, postcode: '3549xz' },
        }),
      })
    ).json();
    for (const query of [
      'bsn=123456782',
      'telefoonnummer=0687654321',
      'email=p.bakker%40example.nl',
      'postcode=3549%20XZ',
      'naam=pieter%20bakker',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/partijen?${query}`, headers: agent.headers });
      expect(response.statusCode, query).toBe(200);
      expect(
        response.json().results.map((r: { id: string }) => r.id),
        query,
      ).toContain(created.id);
    }
    const none = await t.app.inject({ method: 'GET', url: '/api/partijen', headers: agent.headers });
    expect(none.json().error.code).toBe('LOKET_PARTIJ_SEARCH_CRITERIA_MISSING');
  });

  it('refuses a BSN that already belongs to another partij', async () => {
    const body = persoon({
      identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '999999990', codeRegister: 'brp' }],
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: body })).statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('LOKET_IDENTIFICATOR_TAKEN');
  });

  it('updates a partij and adds contact details', async () => {
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon({ identificatoren: [] }) })
    ).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/partijen/${created.id}`,
      headers: agent.headers,
      payload: { achternaam: 'Jansen-de Wit', geverifieerd: true },
    });
    expect(patched.json()).toMatchObject({ volledigeNaam: 'Marieke Jansen-de Wit', geverifieerd: true });
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${created.id}/digitale-adressen`,
      headers: agent.headers,
      payload: { soortDigitaalAdres: 'email', adres: 'Marieke@Example.nl' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().digitaleAdressen.map((a: { adres: string }) => a.adres)).toContain('marieke@example.nl');
    expect(await logCount(t.database, created.id, 'Wijzigen')).toBe(2);
  });
});
