import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { assignWaiting } from '../routing/assignment.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

const kennisbank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lindendaal/kennisbank.json'), 'utf8'));

describe('when the bot fails', () => {
  let t: TestApp;
  let agent: Session;

  beforeAll(async () => {
    t = await createTestApp();
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
    agent = await t.login(['kcc']);
    await t.app.inject({
      method: 'PUT',
      url: '/api/aanwezigheid',
      headers: agent.headers,
      payload: { status: 'beschikbaar', kanalen: ['webchat'] },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('hands the gesprek to the agents instead of leaving the citizen with a silent bot', async () => {
    // A real fault in the bot's own storage: its question log is gone.
    await sql`alter table bot_vraag rename to bot_vraag_weg`.execute(t.database.db);
    try {
      const { processed } = await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: 'bot-faalt-1',
        afzender: null,
        draad: { externeId: 'bot-faalt-1' },
        tekst: 'Hoe kan ik grofvuil laten ophalen?',
      });
      expect(processed).toBeDefined();
      const gesprek = await t.database.db
        .selectFrom('gesprek')
        .select(['id', 'bot_modus', 'bot_reden', 'metadata', 'toegewezen_aan'])
        .where('id', '=', processed!.gesprekId)
        .executeTakeFirstOrThrow();
      expect(gesprek).toMatchObject({ bot_modus: 'overgedragen', bot_reden: 'fout', toegewezen_aan: null });
      expect(gesprek.metadata).not.toHaveProperty('bot');
      // No bot message was sent, and routing now gives the chat to the available agent.
      const botReplies = await t.database.db
        .selectFrom('bericht')
        .select('id')
        .where('gesprek_id', '=', gesprek.id)
        .where('richting', '=', 'uitgaand')
        .execute();
      expect(botReplies).toHaveLength(0);
      expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(1);
      const assigned = await t.database.db
        .selectFrom('gesprek')
        .select('toegewezen_aan')
        .where('id', '=', gesprek.id)
        .executeTakeFirstOrThrow();
      expect(assigned.toegewezen_aan).toBe(agent.medewerkerId);
    } finally {
      await sql`alter table bot_vraag_weg rename to bot_vraag`.execute(t.database.db);
    }
  });
});
