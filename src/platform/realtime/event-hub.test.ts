import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from '../../db/database.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { EventHub, publishEvent, type LoketEvent } from './event-bus.ts';

describe('EventHub', () => {
  let database: LoketDatabase;
  const hub = new EventHub();

  beforeAll(async () => {
    database = await createTestDatabase();
    await hub.start(database);
  });
  afterAll(async () => {
    await hub.stop();
    await database.close();
  });

  const received = (into: LoketEvent[]) => (event: LoketEvent) => into.push(event);
  const settle = async (until: () => boolean) => {
    for (let i = 0; i < 200 && !until(); i++) await new Promise((r) => setTimeout(r, 5));
  };

  it("hands a chat session's socket only the events addressed to that session, and every event to plain subscribers", async () => {
    const anna: LoketEvent[] = [];
    const bram: LoketEvent[] = [];
    const all: LoketEvent[] = [];
    const stopAnna = hub.subscribeChatSession('sessie-anna', received(anna));
    hub.subscribeChatSession('sessie-bram', received(bram));
    const stopAll = hub.subscribe(received(all));

    await publishEvent(database.db, { type: 'typen', audience: { chatSessionIds: ['sessie-anna'] }, data: {} });
    await publishEvent(database.db, { type: 'gesprek.nieuw', audience: { agents: true }, data: {} });
    await settle(() => all.length === 2);
    expect(anna.map((e) => e.type)).toEqual(['typen']);
    expect(bram).toEqual([]);
    expect(all.map((e) => e.type)).toEqual(['typen', 'gesprek.nieuw']);

    stopAnna();
    await publishEvent(database.db, { type: 'typen', audience: { chatSessionIds: ['sessie-anna', 'sessie-bram'] }, data: {} });
    await settle(() => all.length === 3);
    expect(anna).toHaveLength(1);
    expect(bram.map((e) => e.type)).toEqual(['typen']);
    stopAll();
  });

  it('lets two sockets of one session (two tabs) each get its events until each unsubscribes', async () => {
    const tab1: LoketEvent[] = [];
    const tab2: LoketEvent[] = [];
    const stop1 = hub.subscribeChatSession('sessie-twee-tabs', received(tab1));
    hub.subscribeChatSession('sessie-twee-tabs', received(tab2));
    stop1();
    await publishEvent(database.db, { type: 'typen', audience: { chatSessionIds: ['sessie-twee-tabs'] }, data: {} });
    await settle(() => tab2.length === 1);
    expect(tab2).toHaveLength(1);
    expect(tab1).toEqual([]);
  });
});
