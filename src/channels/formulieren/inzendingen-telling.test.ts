import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

describe('the form list counts submissions per form', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
  });
  afterAll(() => t.close());

  const insturen = (vraag: string, key: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      headers: { 'idempotency-key': key },
      payload: { naam: 'Marieke Jansen', email: 'm.jansen@example.nl', vraag },
    });

  it('counts each submission once, a repeat with the same Idempotency-Key not again, per form', async () => {
    expect((await insturen('Wanneer komt het oud papier?', 'een')).statusCode).toBe(201);
    expect((await insturen('Wanneer komt het oud papier?', 'een')).statusCode).toBe(200);
    expect((await insturen('Is het gemeentehuis zaterdag open?', 'twee')).statusCode).toBe(201);
    const beheerder = await t.login(['beheerder']);
    const list = await t.app.inject({ method: 'GET', url: '/api/formulieren', headers: beheerder.headers });
    const telling = Object.fromEntries(list.json().results.map((f: { id: string; inzendingen: number }) => [f.id, f.inzendingen]));
    expect(telling).toEqual({ contactformulier: 2, bezwaar: 0, 'melding-openbare-ruimte': 0 });
  });
});
