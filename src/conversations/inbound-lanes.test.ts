import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { InboundPipeline, laneOf } from './inbound.service.ts';
import type { InboundMessage } from './inbound.types.ts';

const chat = (sessie: string, n: number): InboundMessage => ({
  kanaal: 'webchat',
  kanaalBerichtId: `${sessie}:${n}`,
  afzender: null,
  draad: { externeId: sessie },
  tekst: `Vraag ${n} van ${sessie}`,
});

describe('ingest lanes (several threads written at once)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("puts a thread's messages, and a sender's, in one lane, and spreads threads over the lanes", () => {
    expect(new Set([1, 2, 3].map((n) => laneOf(chat('baan-x', n), 4))).size).toBe(1);
    const mail = (n: number, adres: string): InboundMessage => ({
      kanaal: 'email',
      kanaalBerichtId: `<${n}@example.nl>`,
      afzender: { soort: 'email', adres },
      draad: {},
      tekst: 'Vraag',
    });
    expect(laneOf(mail(1, 'Inwoner@Example.nl'), 4)).toBe(laneOf(mail(2, 'inwoner@example.nl'), 4));
    const used = new Set(Array.from({ length: 40 }, (_, i) => laneOf(chat(`sessie-${i}`, 1), 4)));
    expect(used.size).toBe(4);
    expect(laneOf(chat('baan-x', 1), 1)).toBe(0);
  });

  it('stores and processes every message once, each thread in the order it arrived', async () => {
    const processedOrder: string[] = [];
    const pipeline = new InboundPipeline(t.database.db, {
      lanes: 4,
      beforeStep: (step, message) => void (step === 'klantcontact' && processedOrder.push(message.kanaalBerichtId)),
    });
    const sessies = Array.from({ length: 8 }, (_, i) => `baan-${i}`);
    const messages = [1, 2, 3, 4, 5].flatMap((n) => sessies.map((sessie) => chat(sessie, n)));
    const results = await Promise.all([...messages, chat('baan-3', 2)].map((m) => pipeline.receive(m)));

    expect(results.filter((r) => r.processed)).toHaveLength(40);
    expect(results.at(-1)).toMatchObject({ duplicate: true, processed: undefined });
    for (const sessie of sessies) {
      const berichten = await t.database.db
        .selectFrom('bericht')
        .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
        .select(['bericht.inhoud', 'gesprek.id as gesprekId'])
        .where('gesprek.externe_id', '=', sessie)
        .orderBy('bericht.verzonden_op')
        .orderBy('bericht.kanaal_bericht_id')
        .execute();
      expect(berichten.map((b) => b.inhoud)).toEqual([1, 2, 3, 4, 5].map((n) => `Vraag ${n} van ${sessie}`));
      expect(new Set(berichten.map((b) => b.gesprekId)).size).toBe(1);
      expect(processedOrder.filter((id) => id.startsWith(`${sessie}:`))).toEqual([1, 2, 3, 4, 5].map((n) => `${sessie}:${n}`));
    }
  });
});
