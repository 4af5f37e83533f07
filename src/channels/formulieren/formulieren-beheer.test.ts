import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { formEncoded } from './formulieren.test-helpers.ts';

/** A beheerder manages the forms; the public routes refuse bad input clearly. */
describe('web forms: managing, and bad input', () => {
  let t: TestApp;
  let agent: Session;
  let beheerder: Session;

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
    beheerder = await t.login(['beheerder']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets a beheerder manage forms and refuses a definition that is not a usable JSON Schema', async () => {
    const definitie = {
      type: 'object',
      required: ['vraag'],
      properties: { vraag: { type: 'string', title: 'Uw vraag', 'x-invoer': 'tekstvak' } },
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren',
      headers: beheerder.headers,
      payload: { id: 'proef', titel: 'Proef', definitie },
    });
    expect(created.statusCode).toBe(201);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/formulieren',
          headers: beheerder.headers,
          payload: { id: 'proef', titel: 'Proef', definitie },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/formulieren',
          headers: agent.headers,
          payload: { id: 'proef2', titel: 'Proef', definitie },
        })
      ).statusCode,
    ).toBe(403);

    const invalid = [
      { type: 'object', properties: { vraag: { type: 'tekst' } } },
      { type: 'object', properties: { vraag: { type: 'string', minLength: -1 } } },
      { type: 'object', properties: { vraag: { $ref: 'https://elders.example/schema.json' } } },
      { type: 'object', properties: { vraag: { type: 'string', format: 'postcode' } } },
      { type: 'object', properties: { lijst: { type: 'array', items: { type: 'string' } } } },
      { type: 'string' },
    ];
    for (const bad of invalid) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/formulieren/proef',
        headers: beheerder.headers,
        payload: { titel: 'Proef', definitie: bad },
      });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().error.code).toBe('LOKET_FORMULIER_DEFINITIE_ONGELDIG');
      expect(response.json().error.fields[0].field).toMatch(/^body\.definitie/);
    }
    const updated = await t.app.inject({
      method: 'PUT',
      url: '/api/formulieren/proef',
      headers: beheerder.headers,
      payload: { titel: 'Proef 2', definitie, actief: false },
    });
    expect(updated.json()).toMatchObject({ titel: 'Proef 2', actief: false });
    expect((await t.app.inject({ method: 'GET', url: '/formulieren/proef' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/formulieren/proef', headers: beheerder.headers })).statusCode).toBe(204);
  });

  it('answers bad input on the public routes with a clear 4xx', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/formulieren/bestaat-niet/inzendingen', payload: { a: 1 } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LOKET_FORMULIER_NOT_FOUND');
    const page = await t.app.inject({ method: 'GET', url: '/formulieren/bestaat-niet' });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Formulier niet gevonden');

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      headers: { 'content-type': 'application/json' },
      payload: '{"naam": ',
    });
    expect(malformed.statusCode).toBe(400);
    const array = await t.app.inject({ method: 'POST', url: '/api/formulieren/contactformulier/inzendingen', payload: [1, 2] });
    expect(array.statusCode).toBe(400);
    const big = 'x'.repeat(70 * 1024);
    const oversized = await t.app.inject({ method: 'POST', url: '/api/formulieren/contactformulier/inzendingen', payload: { vraag: big } });
    expect(oversized.statusCode).toBe(413);
    const oversizedForm = await t.app.inject({
      method: 'POST',
      url: '/formulieren/contactformulier',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formEncoded({ vraag: big }),
    });
    expect(oversizedForm.statusCode).toBe(413);
    expect(oversizedForm.body).toContain('te groot');
    const badKey = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      headers: { 'idempotency-key': 'met spatie' },
      payload: {},
    });
    expect(badKey.statusCode).toBe(400);
  });
});
