import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('a team lead hands an agent’s gesprekken back to the queue', () => {
  let t: TestApp;
  let lead: Session;
  let anna: Session;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    lead = await t.login(['teamleider']);
    anna = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  const chat = async (n: number) =>
    (
      await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `terug-${n}`,
        afzender: null,
        draad: { externeId: `terug-${n}` },
        tekst: 'Vraag',
      })
    ).processed!.gesprekId;
  const url = (id: string) => `/api/teamleider/medewerkers/${id}/gesprekken-teruggeven`;

  it('puts her assigned and waiting gesprekken back as open and unassigned, leaving closed ones alone', async () => {
    const [a, b, c] = [await chat(1), await chat(2), await chat(3)];
    for (const id of [a, b, c])
      expect(
        (await t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/toewijzing`, headers: anna.headers, payload: {} })).statusCode,
      ).toBe(204);
    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${b}/wachtOpKlant`, headers: anna.headers });
    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${c}/afhandelen`, headers: anna.headers });

    const response = await t.app.inject({ method: 'POST', url: url(anna.medewerkerId), headers: lead.headers });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ teruggelegd: 2 });
    const rows = await t.database.db
      .selectFrom('gesprek')
      .select(['id', 'status', 'toegewezen_aan'])
      .where('id', 'in', [a, b, c])
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(a)).toMatchObject({ status: 'open', toegewezen_aan: null });
    expect(byId.get(b)).toMatchObject({ status: 'open', toegewezen_aan: null });
    expect(byId.get(c)).toMatchObject({ status: 'afgehandeld', toegewezen_aan: anna.medewerkerId });
  });

  it('is for team leads only, and names an unknown medewerker', async () => {
    expect((await t.app.inject({ method: 'POST', url: url(anna.medewerkerId), headers: anna.headers })).statusCode).toBe(403);
    const unknown = await t.app.inject({ method: 'POST', url: url('00000000-0000-4000-8000-000000000000'), headers: lead.headers });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LOKET_MEDEWERKER_ONBEKEND');
    expect((await t.app.inject({ method: 'POST', url: url('niet-een-id'), headers: lead.headers })).statusCode).toBe(400);
  });
});
