import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

describe('reading the inbox is logged', () => {
  let t: TestApp;
  let agent: Session;

  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('writes one processing-log entry naming the gesprekken and partijen shown', async () => {
    const partij = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'inbox@example.nl' }] }),
      })
    ).json<{ id: string }>();
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<inbox-log@example.nl>',
      afzender: { soort: 'email', adres: 'inbox@example.nl' },
      draad: {},
      onderwerp: 'Vraag',
      tekst: 'Vraag',
    });
    const before = await logCount(t.database, partij.id, 'Raadplegen');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/inbox', headers: agent.headers });
    expect(inbox.json().results.map((r: { id: string }) => r.id)).toContain(processed!.gesprekId);
    expect(await logCount(t.database, partij.id, 'Raadplegen')).toBe(before + 1);
    expect(await logCount(t.database, processed!.gesprekId, 'Raadplegen')).toBeGreaterThan(0);
  });
});
