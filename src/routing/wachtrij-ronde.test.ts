import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { assignWaiting } from './assignment.ts';

/** The db with every transaction counted: a routing attempt is one transaction. */
function countingTransactions(db: Kysely<Database>): { db: Kysely<Database>; transactions: () => number } {
  const counted = db.withPlugin({ transformQuery: ({ node }) => node, transformResult: async ({ result }) => result });
  const transaction = counted.transaction.bind(counted);
  let n = 0;
  counted.transaction = () => {
    n++;
    return transaction();
  };
  return { db: counted, transactions: () => n };
}

describe('a routing round over a long queue', () => {
  let t: TestApp;
  let chatAgent: Session;
  let mailAgent: Session;
  let counter = 0;

  const receive = async (kanaal: 'webchat' | 'email') => {
    const { processed } = await t.app.pipeline.receive({
      kanaal,
      kanaalBerichtId: `ronde-${++counter}`,
      afzender: kanaal === 'email' ? { soort: 'email', adres: `inwoner${counter}@example.nl` } : null,
      draad: kanaal === 'webchat' ? { externeId: `ronde-sessie-${counter}` } : {},
      tekst: 'Wanneer wordt het grofvuil opgehaald?',
    });
    return processed!.gesprekId;
  };
  const present = (agent: Session, kanalen: string[]) =>
    t.app.inject({ method: 'PUT', url: '/api/aanwezigheid', headers: agent.headers, payload: { status: 'beschikbaar', kanalen } });
  const assignee = async (id: string) =>
    (await t.database.db.selectFrom('gesprek').select('toegewezen_aan').where('id', '=', id).executeTakeFirstOrThrow()).toegewezen_aan;

  beforeAll(async () => {
    t = await createTestApp();
    chatAgent = await t.login(['kcc']);
    mailAgent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('stops trying a channel once nobody has room on it, and still serves the other channels behind it', async () => {
    await present(chatAgent, ['webchat']);
    const chats = [];
    for (let i = 0; i < 8; i++) chats.push(await receive('webchat'));
    const mail = await receive('email');
    await present(mailAgent, ['email']);

    const { db, transactions } = countingTransactions(t.database.db);
    expect(await assignWaiting(db, { now: t.app.clock.now() })).toBe(4); // three chats (her capacity) and the e-mail
    // Three assignments, one chat that found nobody free, the e-mail: not one attempt per waiting chat.
    expect(transactions()).toBeLessThanOrEqual(6);
    expect(await assignee(mail)).toBe(mailAgent.medewerkerId);
    expect(await Promise.all(chats.slice(0, 3).map(assignee))).toEqual([
      chatAgent.medewerkerId,
      chatAgent.medewerkerId,
      chatAgent.medewerkerId,
    ]);
    expect(await Promise.all(chats.slice(3).map(assignee))).toEqual([null, null, null, null, null]);

    // The next round, with room again on the channel, takes the queue up where it stopped.
    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${chats[0]}/afhandelen`, headers: chatAgent.headers });
    expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(1);
    expect(await assignee(chats[3]!)).toBe(chatAgent.medewerkerId);
  });
});
