import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

describe('reading the werklijst is logged', () => {
  let t: TestApp;
  let kcc: Session;

  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    kcc = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('writes one processing-log entry naming each task shown and its partij', async () => {
    const partij = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: kcc.headers,
        payload: persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'taak@example.nl' }] }),
      })
    ).json<{ id: string }>();
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<werklijst-log@example.nl>',
      afzender: { soort: 'email', adres: 'taak@example.nl' },
      draad: {},
      onderwerp: 'Vraag',
      tekst: 'Vraag',
    });
    const taak = await t.app.inject({
      method: 'POST',
      url: '/api/interne-taken',
      headers: kcc.headers,
      payload: {
        klantcontactId: processed!.klantcontactId,
        gevraagdeHandeling: 'Terugbellen',
        toelichting: 'Mevrouw Jansen wil teruggebeld worden',
        actorIds: [kcc.actorId],
      },
    });
    expect(taak.statusCode).toBe(201);
    const before = await logCount(t.database, partij.id, 'Raadplegen');
    const list = await t.app.inject({ method: 'GET', url: '/api/interne-taken?voor=mij', headers: kcc.headers });
    expect(list.json().results.map((r: { id: string }) => r.id)).toContain(taak.json().id);
    expect(await logCount(t.database, partij.id, 'Raadplegen')).toBe(before + 1);
    expect(await logCount(t.database, taak.json().id, 'Raadplegen')).toBe(1);
  });
});
