import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { buildApp } from '../app.ts';
import type { LoketDatabase } from '../db/database.ts';
import { FixedClock } from '../platform/clock.ts';
import type { App } from '../platform/http.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { openSecondNode } from '../test/test-database.ts';

// Polls of an hour: whatever happens within a test was started by a kick, not by a poll.
const UUR = 3_600_000;
const clock = new FixedClock('2026-11-24T10:00:00Z');
/** A proactive message's own text: what comes before the opt-out line under it. */
const regelTekst = (inhoud: string) => inhoud.split('\n\n')[0] ?? '';

/**
 * Events are processed when they are stored, on whichever node shares the database (NOTIFY),
 * and each once however many nodes work through them.
 */
describe('event processing: kicked on every node, claimed once', () => {
  let t: TestApp;
  let bron: Record<string, string>;
  let volgnummer = 0;

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    bron = await t.token('gebeurtenisbron');
    const beheerder = await t.login(['beheerder']);
    const db = t.database.db;
    const partij = await db
      .insertInto('partij')
      .values({ soort_partij: 'persoon', indicatie_actief: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('digitaal_adres')
      .values({ partij_id: partij.id, soort_digitaal_adres: 'email', adres: 'inwoner@example.nl', is_standaard_adres: true })
      .execute();
    await db
      .insertInto('attendering')
      .values({ partij_id: partij.id, berichtsoort: 'afval', soort: 'object', waarde: 'GFT-1', aangemaakt_op: clock.now() })
      .execute();
    const regel = await t.app.inject({
      method: 'POST',
      url: '/api/beheer/regels',
      headers: beheerder.headers,
      payload: {
        naam: 'Container geleegd',
        match: { bron: 'cloudevent', type: 'nl.lindendaal.container.geleegd' },
        acties: [
          {
            soort: 'bericht',
            berichtsoort: 'afval',
            doelgroep: { soort: 'object', waarde: '{{data.containerId}}' },
            onderwerp: 'Container',
            tekst: 'Geleegd [{{id}}]',
          },
        ],
      },
    });
    expect(regel.statusCode, regel.body).toBe(201);
  }, 180_000);
  afterAll(() => t?.close());

  const stuur = async (app: App) => {
    const id = `leging-${++volgnummer}`;
    const response = await app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...bron, 'content-type': 'application/cloudevents+json' },
      payload: JSON.stringify({
        specversion: '1.0',
        id,
        source: 'urn:test',
        type: 'nl.lindendaal.container.geleegd',
        data: { containerId: 'GFT-1' },
      }),
    });
    expect(response.statusCode).toBe(202);
    return id;
  };

  describe('with a second node whose jobs run (the first node runs none)', () => {
    let tweede: LoketDatabase;
    let node: App;
    const afgeleverd: string[] = [];

    beforeAll(async () => {
      tweede = await openSecondNode(t.database);
      node = await buildApp({
        database: tweede,
        config: t.config,
        logger: false,
        clock,
        backgroundJobs: true,
        jobIntervals: { gebeurtenissen: UUR, bezorging: UUR },
      });
      node.outbound.register('email', {
        send: async (m) => {
          // The rule's text, without the opt-out line under every proactive message.
          afgeleverd.push(regelTekst(m.inhoud));
          return { kanaalBerichtId: `test-${m.berichtId}` };
        },
      });
      await node.ready();
    }, 180_000);
    afterAll(async () => {
      await node.close();
      await tweede.close();
    });

    it('processes an event it received and hands the message to the adapter without waiting for a poll', async () => {
      const id = await stuur(node);
      await vi.waitFor(() => expect(afgeleverd).toContain(`Geleegd [${id}]`), { timeout: 60_000, interval: 50 });
    }, 90_000);

    it('processes an event stored on the other node, which told it through NOTIFY', async () => {
      const id = await stuur(t.app);
      await vi.waitFor(() => expect(afgeleverd).toContain(`Geleegd [${id}]`), { timeout: 60_000, interval: 50 });
      expect(afgeleverd.filter((tekst) => tekst === `Geleegd [${id}]`)).toHaveLength(1);
    }, 90_000);
  });

  it('two nodes working through the same burst process each event once and send one message per event', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push(await stuur(t.app));
    const tweede = await openSecondNode(t.database);
    const node = await buildApp({ database: tweede, config: t.config, logger: false, clock, backgroundJobs: false });
    let verwerkt: number[];
    try {
      // Small batches, so the two nodes' claims interleave many times.
      verwerkt = await Promise.all([t.app.gebeurtenissen.processDue(3), node.gebeurtenissen.processDue(3)]);
    } finally {
      await node.close();
      await tweede.close();
    }
    expect(verwerkt[0]! + verwerkt[1]!).toBe(ids.length);
    const db = t.database.db;
    const rijen = await db
      .selectFrom('gebeurtenis')
      .select(['status', 'pogingen', sql<string>`inhoud->>'id'`.as('eventId')])
      .where(sql<string>`inhoud->>'id'`, 'in', ids)
      .execute();
    expect(rijen).toHaveLength(ids.length);
    expect(rijen.every((r) => r.status === 'verwerkt' && r.pogingen === 1)).toBe(true);
    const berichten = await db.selectFrom('bericht').select('inhoud').where('richting', '=', 'uitgaand').execute();
    for (const id of ids) expect(berichten.filter((b) => regelTekst(b.inhoud) === `Geleegd [${id}]`)).toHaveLength(1);
  }, 180_000);
});
