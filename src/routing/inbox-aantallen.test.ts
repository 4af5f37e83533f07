import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

describe('GET /api/inbox/aantallen: the badge without personal data', () => {
  let t: TestApp;
  let anna: Session;
  let bram: Session;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    anna = await t.login(['kcc']);
    bram = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  const chat = async (n: number) =>
    (
      await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `teller-${n}`,
        afzender: null,
        draad: { externeId: `teller-${n}` },
        tekst: `Mevrouw Jansen, Lindelaan ${n}, vraagt iets`,
      })
    ).processed!.gesprekId;
  const aantallen = async (who: Session) => {
    const response = await t.app.inject({ method: 'GET', url: '/api/inbox/aantallen', headers: who.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ wachtend: number; gesprekken: { id: string; kanaal: string }[] }>();
  };

  it('counts open gesprekken nobody took and mine, not a colleague’s, and names no one', async () => {
    const open = await chat(1);
    const voorBram = await chat(2);
    const take = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${voorBram}/toewijzing`, headers: bram.headers, payload: {} });
    expect(take.statusCode, take.body).toBeLessThan(300);

    const anna1 = await aantallen(anna);
    expect(anna1).toEqual({ wachtend: 1, gesprekken: [{ id: open, kanaal: 'webchat' }] });
    const bram1 = await aantallen(bram);
    expect(bram1.wachtend).toBe(2);
    expect(JSON.stringify(bram1)).not.toMatch(/Jansen|Lindelaan/);
    // No processing-log entry for a count; reading the inbox itself writes one.
    expect(await logCount(t.database, open)).toBe(0);
    await t.app.inject({ method: 'GET', url: '/api/inbox', headers: anna.headers });
    expect(await logCount(t.database, open)).toBe(1);
  });

  it('refuses a caller without a medewerker session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/inbox/aantallen' })).statusCode).toBe(401);
  });
});
