import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOKET_SYSTEEM_ACTOR_ID } from '../platform/system-actor.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { alsIsoDuur } from './servicenormen.ts';

/**
 * A fixture with a known answer (norms: webchat 1 minute, e-mail 24 hours, in working time
 * 08:30–17:00 on weekdays):
 * - chat A, handed over by the bot on Friday 16:59:30, answered Monday 08:30:20: 50 s → within;
 * - chat B, no bot, answered after 2 minutes → not within;
 * - chat C, closed after 5 minutes without an answer → not within;
 * - e-mail D, Friday 16:00 → Tuesday 10:00 is 11 working hours → within;
 * - chat E, closed after the period → not counted.
 */
describe('GET /api/rapportage/servicenormen', () => {
  let t: TestApp;
  let lead: Session;
  let kcc: Session;

  beforeAll(async () => {
    t = await createTestApp();
    lead = await t.login(['teamleider']);
    kcc = await t.login(['kcc']);
    const db = t.database.db;
    const gesprek = async (
      kanaal: string,
      gestart: string,
      afgesloten: string,
      berichten: { op: string; door: string; handoff?: boolean }[],
    ) => {
      const { id } = await db
        .insertInto('gesprek')
        .values({ kanaal, gestart_op: gestart, afgesloten_op: afgesloten, status: 'afgehandeld' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('bericht').values({ gesprek_id: id, richting: 'inkomend', inhoud: 'Vraag', verzonden_op: gestart }).execute();
      for (const b of berichten) {
        await db
          .insertInto('bericht')
          .values({
            gesprek_id: id,
            richting: 'uitgaand',
            inhoud: 'Antwoord',
            afzender_actor_id: b.door,
            verzonden_op: b.op,
            metadata: b.handoff ? JSON.stringify({ bot: { handoff: 'geen antwoord' } }) : null,
          })
          .execute();
      }
    };
    await gesprek('webchat', '2026-12-04T15:58:00Z', '2026-12-07T07:40:00Z', [
      { op: '2026-12-04T15:59:30Z', door: LOKET_SYSTEEM_ACTOR_ID, handoff: true },
      { op: '2026-12-07T07:30:20Z', door: kcc.actorId },
    ]);
    await gesprek('webchat', '2026-12-07T09:00:00Z', '2026-12-07T09:10:00Z', [{ op: '2026-12-07T09:02:00Z', door: kcc.actorId }]);
    await gesprek('webchat', '2026-12-07T09:30:00Z', '2026-12-07T09:35:00Z', []);
    await gesprek('email', '2026-12-04T15:00:00Z', '2026-12-08T09:05:00Z', [{ op: '2026-12-08T09:00:00Z', door: kcc.actorId }]);
    await gesprek('webchat', '2026-12-09T09:00:00Z', '2026-12-09T09:05:00Z', [{ op: '2026-12-09T09:00:30Z', door: kcc.actorId }]);
  });
  afterAll(() => t.close());

  const get = (query: string, session = lead) =>
    t.app.inject({ method: 'GET', url: `/api/rapportage/servicenormen?${query}`, headers: session.headers });

  it('measures each channel in working time, a bot chat from its handover', async () => {
    const response = await get('van=2026-12-04&tot=2026-12-08');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      kanalen: [
        { kanaal: 'email', norm: 'PT24H', afgehandeld: 1, binnenNorm: 1, percentage: 100 },
        { kanaal: 'webchat', norm: 'PT1M', afgehandeld: 3, binnenNorm: 1, percentage: 33.3 },
      ],
    });
  });

  it('is for team leads, and refuses a period that ends before it starts', async () => {
    expect((await get('van=2026-12-04&tot=2026-12-08', kcc)).statusCode).toBe(403);
    expect((await get('van=2026-12-08&tot=2026-12-04')).json().error.fields[0].field).toBe('querystring.tot');
    expect((await get('van=gisteren&tot=2026-12-04')).json().error.fields[0].field).toBe('querystring.van');
  });

  it('writes norms as ISO durations', () => {
    expect([30, 60, 90, 1800, 86400].map(alsIsoDuur)).toEqual(['PT30S', 'PT1M', 'PT1M30S', 'PT30M', 'PT24H']);
  });
});
