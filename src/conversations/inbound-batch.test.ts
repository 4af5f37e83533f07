import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { InboundPipeline } from './inbound.service.ts';
import type { InboundMessage } from './inbound.types.ts';

const chat = (sessie: string, n: number, tekst = `Vraag ${n} van ${sessie}`): InboundMessage => ({
  kanaal: 'webchat',
  kanaalBerichtId: `${sessie}:${n}`,
  afzender: null,
  draad: { externeId: sessie },
  tekst,
});

/** Messages that arrive together share transactions (group commit); each keeps its own outcome. */
describe('the ingest pipeline under load (group commit)', () => {
  let t: TestApp;
  let transactions = 0;
  /** The app's database, counting the transactions the pipeline opens. */
  const countingDb = () => {
    const db = t.database.db.withoutPlugins();
    const open = db.transaction.bind(db);
    db.transaction = () => {
      transactions++;
      return open();
    };
    return db;
  };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const berichtenVan = (sessie: string) =>
    t.database.db
      .selectFrom('bericht')
      .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
      .select(['bericht.inhoud', 'gesprek.id as gesprekId'])
      .where('gesprek.kanaal', '=', 'webchat')
      .where('gesprek.externe_id', '=', sessie)
      .orderBy('bericht.verzonden_op')
      .orderBy('bericht.kanaal_bericht_id')
      .execute();

  it('stores and threads many messages that arrive at once, in few transactions, none twice', async () => {
    transactions = 0;
    const pipeline = new InboundPipeline(countingDb());
    const sessies = ['groep-a', 'groep-b', 'groep-c'];
    // Interleaved: each chat's messages arrive in order, mixed with the others', plus a redelivery.
    const messages = [1, 2, 3, 4].flatMap((n) => sessies.map((sessie) => chat(sessie, n)));
    const results = await Promise.all([...messages, chat('groep-a', 2)].map((m) => pipeline.receive(m)));

    expect(results.filter((r) => r.processed)).toHaveLength(12);
    expect(results.at(-1)).toMatchObject({ id: results[3]!.id, duplicate: true, processed: undefined });
    // The first message is a batch of its own; the rest waited for it and share one or two more.
    expect(transactions).toBeLessThan(6);
    for (const sessie of sessies) {
      const berichten = await berichtenVan(sessie);
      expect(berichten.map((b) => b.inhoud)).toEqual([1, 2, 3, 4].map((n) => `Vraag ${n} van ${sessie}`));
      expect(new Set(berichten.map((b) => b.gesprekId)).size).toBe(1);
    }
    const gesprekken = await t.database.db
      .selectFrom('gesprek')
      .select(['id', 'klantcontact_id'])
      .where('externe_id', 'in', sessies)
      .execute();
    expect(gesprekken).toHaveLength(3);
    expect(gesprekken.every((g) => g.klantcontact_id)).toBe(true);
    const stored = await t.database.db
      .selectFrom('inkomend_bericht')
      .select(['status', 'bericht_id'])
      .where('kanaal_bericht_id', 'like', 'groep-%')
      .execute();
    expect(stored).toHaveLength(12);
    expect(stored.every((row) => row.status === 'verwerkt' && row.bericht_id)).toBe(true);
  });

  it('keeps the others of a batch when one message fails, and retries the failed one alone', async () => {
    let poisoned = true;
    const pipeline = new InboundPipeline(t.database.db, {
      beforeStep(step, message) {
        if (step === 'klantcontact' && poisoned && message.tekst === 'gif') throw new Error('kapotte stap');
      },
    });
    const messages = [chat('gif-a', 1), chat('gif-b', 1), chat('gif-c', 1, 'gif'), chat('gif-d', 1), chat('gif-a', 2)];
    const results = await Promise.all(messages.map((m) => pipeline.receive(m)));

    expect(results.map((r) => r.processed !== undefined)).toEqual([true, true, false, true, true]);
    expect(await berichtenVan('gif-a')).toHaveLength(2);
    expect(await berichtenVan('gif-d')).toHaveLength(1);
    // The poisoned message is stored, listed with its error, and left nothing half done.
    expect(await berichtenVan('gif-c')).toHaveLength(0);
    const failed = await t.database.db
      .selectFrom('inkomend_bericht')
      .selectAll()
      .where('id', '=', results[2]!.id)
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'mislukt', pogingen: 1, bericht_id: null });
    expect(failed.laatste_fout).toContain('kapotte stap');

    poisoned = false;
    await t.database.db
      .updateTable('inkomend_bericht')
      .set({ volgende_poging_op: new Date(0) })
      .where('id', '=', failed.id)
      .execute();
    expect(await pipeline.processDue()).toBe(1);
    expect((await berichtenVan('gif-c')).map((b) => b.inhoud)).toEqual(['gif']);
    expect(await pipeline.processDue()).toBe(0);
    // The others were processed once: retrying did not touch them.
    expect(await berichtenVan('gif-a')).toHaveLength(2);
  });
});
