import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { FixedClock } from '../platform/clock.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { openSecondNode } from '../test/test-database.ts';
import type { App } from '../platform/http.ts';
import { InboundPipeline } from './inbound.service.ts';
import type { InboundMessage } from './inbound.types.ts';
import type { Vervolgstap } from './vervolgstappen.service.ts';

const kennisbank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lindendaal/kennisbank.json'), 'utf8'));

let counter = 0;
const chat = (tekst: string): InboundMessage => {
  const n = ++counter;
  return { kanaal: 'webchat', kanaalBerichtId: `vervolg-${n}`, afzender: null, draad: { externeId: `vervolg-sessie-${n}` }, tekst };
};

describe('follow-up steps of inbound messages (the outbox)', () => {
  const clock = new FixedClock('2026-03-02T10:00:00Z');
  let t: TestApp;
  let beheerder: Session;
  // Per test: what the step hooks do (throw to fail a step before or after its handler).
  let voorStap: ((stap: Vervolgstap) => void) | undefined;
  let naStap: ((stap: Vervolgstap) => void) | undefined;

  /** A node that stores messages with their steps, then dies before running them. */
  let crashingNode: App;
  const run = (id: string) => t.app.vervolgstappen.voerUit(id);
  const stappen = (gesprekId: string) =>
    t.database.db.selectFrom('vervolgstap').selectAll().where('gesprek_id', '=', gesprekId).orderBy('stap').execute();
  const botBerichten = (gesprekId: string) =>
    t.database.db
      .selectFrom('bericht')
      .select(['inhoud', 'metadata'])
      .where('gesprek_id', '=', gesprekId)
      .where('richting', '=', 'uitgaand')
      .execute();
  const failedList = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/inkomend/vervolgstappen/mislukt', headers: beheerder.headers })).json().results as {
      id: string;
      stap: string;
      geparkeerd: boolean;
      pogingen: number;
      laatsteFout: string;
    }[];

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock, vervolgstappen: { voorStap: (s) => voorStap?.(s), naStap: (s) => naStap?.(s) } } });
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
    beheerder = await t.login(['beheerder']);
    crashingNode = await buildApp({
      database: t.database,
      config: t.config,
      logger: false,
      backgroundJobs: false,
      clock,
      vervolgstappen: { direct: false },
    });
  });
  afterAll(async () => {
    await crashingNode?.close();
    await t?.close();
  });

  it('records the steps in the transaction that stores the message: a rolled-back message has none, a retried one gets them once', async () => {
    let crash = true;
    const pipeline = new InboundPipeline(t.database.db, {
      followUps: {
        registreer: async (trx, p) => {
          await t.app.vervolgstappen.registreer(trx, p);
          if (crash) throw new Error('de database valt weg voor de commit');
        },
        voerUitVoor: async () => {},
      },
    });
    const message = chat('Hoe kan ik grofvuil laten ophalen?');
    const { id, processed } = await pipeline.receive(message);
    expect(processed).toBeUndefined();
    expect(await t.database.db.selectFrom('vervolgstap').select('id').where('inkomend_bericht_id', '=', id).execute()).toHaveLength(0);
    expect(
      await t.database.db.selectFrom('bericht').select('id').where('kanaal_bericht_id', '=', message.kanaalBerichtId).execute(),
    ).toHaveLength(0);

    crash = false;
    await t.database.db
      .updateTable('inkomend_bericht')
      .set({ volgende_poging_op: new Date(0) })
      .where('id', '=', id)
      .execute();
    expect(await pipeline.processDue()).toBe(1);
    const rows = await t.database.db
      .selectFrom('vervolgstap')
      .select(['stap', 'status', 'pogingen'])
      .where('inkomend_bericht_id', '=', id)
      .orderBy('stap')
      .execute();
    expect(rows).toEqual([
      { stap: 'bot-beurt', status: 'wachtend', pogingen: 0 },
      { stap: 'classificeren', status: 'wachtend', pogingen: 0 },
    ]);
    // Recording the same message's steps again (a redelivery after a crash) adds nothing.
    const stored = await t.database.db
      .selectFrom('inkomend_bericht')
      .select(['gesprek_id', 'bericht_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await t.app.vervolgstappen.registreer(t.database.db, { inboundId: id, gesprekId: stored.gesprek_id!, berichtId: stored.bericht_id! });
    expect(await t.database.db.selectFrom('vervolgstap').select('id').where('inkomend_bericht_id', '=', id).execute()).toHaveLength(2);
  });

  it('runs the steps a crashed node left behind on a fresh node: the bot answers once and hands over to the queue, the topic is set', async () => {
    const { processed } = await crashingNode.pipeline.receive(chat('Ik wil graag een medewerker spreken over mijn paspoort'));
    const gesprekId = processed!.gesprekId;
    expect(await botBerichten(gesprekId)).toHaveLength(0);
    expect((await stappen(gesprekId)).map((s) => s.status)).toEqual(['wachtend', 'wachtend']);

    // Another node on the same database, with its background jobs running as in production: nobody kicks it.
    const secondDb = await openSecondNode(t.database);
    const fresh = await buildApp({ database: secondDb, config: t.config, logger: false, clock });
    await fresh.ready();
    try {
      const deadline = Date.now() + 30_000;
      while ((await stappen(gesprekId)).some((s) => s.status !== 'klaar') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
    } finally {
      await fresh.close();
      await secondDb.close();
    }
    expect((await stappen(gesprekId)).map((s) => [s.stap, s.status, s.pogingen])).toEqual([
      ['bot-beurt', 'klaar', 1],
      ['classificeren', 'klaar', 1],
    ]);
    const replies = await botBerichten(gesprekId);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.metadata).toMatchObject({ bot: { handoff: 'handoff_request' } });
    // In the agents' queue: open, unassigned, no longer the bot's; the routing job assigns it from there.
    const gesprek = await t.database.db
      .selectFrom('gesprek')
      .select(['status', 'toegewezen_aan', 'bot_modus'])
      .where('id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    expect(gesprek).toEqual({ status: 'open', toegewezen_aan: null, bot_modus: 'overgedragen' });
    const topic = await t.database.db
      .selectFrom('klantcontact_onderwerp')
      .select('klantcontact_id')
      .where('klantcontact_id', '=', processed!.klantcontactId!)
      .executeTakeFirst();
    expect(topic).toBeDefined();
  });

  it('retries a step that failed before its handler ran, after its back-off, and the bot answers once', async () => {
    let failures = 1;
    voorStap = (s) => {
      if (s.stap === 'bot-beurt' && failures-- > 0) throw new Error('kennisindex even niet bereikbaar');
    };
    try {
      const { processed } = await t.app.pipeline.receive(chat('Hoe kan ik grofvuil laten ophalen?'));
      const gesprekId = processed!.gesprekId;
      expect(await botBerichten(gesprekId)).toHaveLength(0);
      const [bot] = await stappen(gesprekId);
      expect(bot).toMatchObject({
        stap: 'bot-beurt',
        status: 'wachtend',
        pogingen: 1,
        laatste_fout: 'Error: kennisindex even niet bereikbaar',
      });
      expect(await failedList()).toContainEqual(
        expect.objectContaining({ id: bot!.id, stap: 'bot-beurt', geparkeerd: false, pogingen: 1 }),
      );

      expect(await run(bot!.id)).toBe('overgeslagen'); // back-off: not due yet
      clock.advance(2_000);
      expect(await run(bot!.id)).toBe('klaar');
      expect(await botBerichten(gesprekId)).toHaveLength(1);
      expect(await stappen(gesprekId)).toEqual([
        expect.objectContaining({ stap: 'bot-beurt', status: 'klaar', pogingen: 2, laatste_fout: null }),
        expect.objectContaining({ stap: 'classificeren', status: 'klaar' }),
      ]);
      expect((await failedList()).map((f) => f.id)).not.toContain(bot!.id);
    } finally {
      voorStap = undefined;
    }
  });

  it('does not answer twice when an attempt took effect but failed before the step was marked done', async () => {
    let failures = 1;
    naStap = (s) => {
      if (s.stap === 'bot-beurt' && failures-- > 0) throw new Error('node stopt na het antwoord');
    };
    try {
      const { processed } = await t.app.pipeline.receive(chat('Hoe kan ik grofvuil laten ophalen?'));
      const gesprekId = processed!.gesprekId;
      expect(await botBerichten(gesprekId)).toHaveLength(1);
      const [bot] = await stappen(gesprekId);
      expect(bot).toMatchObject({ stap: 'bot-beurt', status: 'wachtend', pogingen: 1 });
      clock.advance(2_000);
      expect(await run(bot!.id)).toBe('klaar');
      expect((await stappen(gesprekId))[0]).toMatchObject({ stap: 'bot-beurt', status: 'klaar', pogingen: 2 });
      expect(await botBerichten(gesprekId)).toHaveLength(1);
    } finally {
      naStap = undefined;
    }
  });

  it('parks a step after ten failed attempts, lists it, and runs it again when a beheerder asks', async () => {
    voorStap = (s) => {
      if (s.stap === 'classificeren' && s.processed.message.tekst.includes('parkeren')) throw new Error('classificatie kapot');
    };
    let stapId: string;
    try {
      const { processed } = await t.app.pipeline.receive(chat('Wanneer wordt het grofvuil opgehaald? (parkeren)'));
      const gesprekId = processed!.gesprekId;
      stapId = (await stappen(gesprekId))[1]!.id;
      for (let attempt = 2; attempt <= 10; attempt++) {
        clock.advance(3_600_000);
        expect(await run(stapId)).toBe('mislukt');
      }
      const classificeren = (await stappen(gesprekId))[1]!;
      expect(classificeren).toMatchObject({
        stap: 'classificeren',
        status: 'mislukt',
        pogingen: 10,
        laatste_fout: 'Error: classificatie kapot',
      });
      clock.advance(365 * 24 * 3_600_000);
      expect(await run(stapId)).toBe('overgeslagen'); // parked: never due on its own
      beheerder = await t.login(['beheerder']); // the clock moved past the session's lifetime
      expect(await failedList()).toContainEqual(
        expect.objectContaining({
          id: stapId,
          stap: 'classificeren',
          geparkeerd: true,
          pogingen: 10,
          laatsteFout: 'Error: classificatie kapot',
        }),
      );
    } finally {
      voorStap = undefined;
    }
    const retry = await t.app.inject({ method: 'POST', url: `/api/inkomend/vervolgstappen/${stapId}/opnieuw`, headers: beheerder.headers });
    expect(retry.statusCode).toBe(202);
    expect(await run(stapId)).toBe('klaar');
    expect((await failedList()).map((f) => f.id)).not.toContain(stapId);
    const again = await t.app.inject({ method: 'POST', url: `/api/inkomend/vervolgstappen/${stapId}/opnieuw`, headers: beheerder.headers });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('LOKET_VERVOLGSTAP_NIET_GEPARKEERD');
  });

  it('answers bad input and missing rights on the beheer routes with coded errors', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/inkomend/vervolgstappen/geen-uuid/opnieuw', headers: beheerder.headers });
    expect(bad.statusCode).toBe(400);
    const agent = await t.login(['kcc']);
    const forbidden = await t.app.inject({ method: 'GET', url: '/api/inkomend/vervolgstappen/mislukt', headers: agent.headers });
    expect(forbidden.statusCode).toBe(403);
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/inkomend/vervolgstappen/mislukt'].get['x-rollen']).toContain('beheerder');
  });

  it('runs each step once when two nodes work through the same queue', async () => {
    const gesprekken: string[] = [];
    for (let i = 0; i < 6; i++)
      gesprekken.push((await crashingNode.pipeline.receive(chat('Hoe kan ik grofvuil laten ophalen?'))).processed!.gesprekId);
    const secondDb = await openSecondNode(t.database);
    const nodeB = await buildApp({ database: secondDb, config: t.config, logger: false, backgroundJobs: false, clock });
    try {
      // Earlier tests may have left steps behind; these twelve must be among what the two ran.
      const [a, b] = await Promise.all([t.app.vervolgstappen.processDue(), nodeB.vervolgstappen.processDue()]);
      expect(a + b).toBeGreaterThanOrEqual(12);
    } finally {
      await nodeB.close();
      await secondDb.close();
    }
    for (const gesprekId of gesprekken) {
      expect(await botBerichten(gesprekId)).toHaveLength(1);
      expect((await stappen(gesprekId)).map((s) => [s.status, s.pogingen])).toEqual([
        ['klaar', 1],
        ['klaar', 1],
      ]);
    }
  });
});
