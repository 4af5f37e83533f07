import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from '../../db/database.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { createChatSession, findChatSession } from './webchat.sessions.ts';

describe("a chat session's last activity (the retention period counts from it)", () => {
  let database: LoketDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const activeSince = async (sessieId: string, msAgo: number) => {
    const at = new Date(Date.now() - msAgo);
    await database.db.updateTable('webchat_sessie').set({ laatst_actief_op: at }).where('id', '=', sessieId).execute();
    return at;
  };
  const lastActive = async (sessieId: string) =>
    new Date(
      (await database.db.selectFrom('webchat_sessie').select('laatst_actief_op').where('id', '=', sessieId).executeTakeFirstOrThrow())
        .laatst_actief_op,
    );

  it('is brought up to date when the citizen comes back after a while', async () => {
    const { sessieId, token } = await createChatSession(database.db, { taal: 'nl' });
    const before = await activeSince(sessieId, 29 * 24 * 3600 * 1000);
    await findChatSession(database.db, token);
    expect((await lastActive(sessieId)).getTime()).toBeGreaterThan(before.getTime() + 28 * 24 * 3600 * 1000);
  });

  it('is not written again for every frame within the same minute', async () => {
    const { sessieId, token } = await createChatSession(database.db, { taal: 'nl' });
    const recent = await activeSince(sessieId, 10_000);
    await findChatSession(database.db, token);
    expect((await lastActive(sessieId)).getTime()).toBe(recent.getTime());
  });
});
