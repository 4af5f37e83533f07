import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { TopicGuess } from '../../knowledge/matching/types.ts';
import type { Placer } from '../plaatsbepaling/index.ts';
import { storedPlacer } from '../gebieden/gebieden.service.ts';
import { assignTopic } from '../topics/assign-topic.ts';
import { topicClassifier } from '../topics/classifier.ts';
import { upsertTopics } from '../topics/topics.queries.ts';
import { createClassifyPool } from './classify-pool.ts';
import { parseContactLine, type ImportedContact } from './parse-contact-line.ts';

export interface ImportResult {
  imported: number;
  placed: number;
  ms: number;
  /** Worker threads that classified (0: this thread). */
  threads: number;
}

/** Rows per transaction: klantcontact (6 parameters a row) and topic (12) stay far below 65,535. */
export const BATCH = 2000;
const CACHE_LIMIT = 200_000;

interface Pending {
  contacts: ImportedContact[];
  guesses: Promise<TopicGuess[]>;
  texts: string[];
}

/**
 * Imports a contact history (JSONL): klantcontacten in multi-row INSERTs, BATCH per
 * transaction, each stored with its topic and wijk in the same transaction, so the command
 * exits with every contact classified. Worker threads classify the next batches while this
 * thread writes; a text seen before is not classified again. Lines are checked as they are
 * read: a bad line stops the import there, with the batches before it stored.
 */
export async function importKlantcontacten(
  db: Kysely<Database>,
  lines: AsyncIterable<string> | Iterable<string>,
  options: { threads?: number } = {},
): Promise<ImportResult> {
  const started = performance.now();
  const [classifier, placer] = await Promise.all([topicClassifier(db), storedPlacer(db)]);
  const pool = await createClassifyPool(classifier.inputs, classifier.matcher, options.threads);
  const known = new Map<string, TopicGuess>();
  const queue: Pending[] = [];
  let imported = 0;
  let placed = 0;

  const submit = (contacts: ImportedContact[]) => {
    const texts = [...new Set(contacts.map((c) => c.inhoud))].filter((t) => !known.has(t));
    queue.push({ contacts, texts, guesses: pool.classify(texts) });
  };
  const write = async ({ contacts, texts, guesses }: Pending) => {
    const fresh = await guesses;
    texts.forEach((t, i) => known.size < CACHE_LIMIT && known.set(t, fresh[i]!));
    const local = new Map(texts.map((t, i) => [t, fresh[i]!]));
    const guessOf = { classify: (text: string) => local.get(text) ?? known.get(text)! };
    const stored = await storeBatch(db, contacts, guessOf, placer);
    imported += stored.imported;
    placed += stored.placed;
  };

  try {
    let batch: ImportedContact[] = [];
    let lineNo = 0;
    for await (const text of lines) {
      lineNo++;
      if (text.trim() === '') continue;
      batch.push(parseContactLine(text, lineNo));
      if (batch.length < BATCH) continue;
      submit(batch);
      batch = [];
      if (queue.length > Math.max(1, pool.threads)) await write(queue.shift()!);
    }
    if (batch.length > 0) submit(batch);
    while (queue.length > 0) await write(queue.shift()!);
  } finally {
    await Promise.allSettled(queue.map((p) => p.guesses));
    await pool.close();
  }
  return { imported, placed, ms: performance.now() - started, threads: pool.threads };
}

async function storeBatch(
  db: Kysely<Database>,
  contacts: readonly ImportedContact[],
  matcher: { classify(text: string): TopicGuess },
  placer: Placer,
) {
  const rows = contacts.map((contact) => ({ id: randomUUID(), contact }));
  const topics = rows.map(({ id, contact: c }) =>
    assignTopic(
      {
        klantcontactId: id,
        kanaal: c.kanaal,
        inhoud: c.inhoud,
        plaatsgevondenOp: c.plaatsgevondenOp,
        partijId: null,
        paginaUrl: null,
        agent: null,
        locatie: { lat: c.lat ?? null, lon: c.lon ?? null, straat: c.straat ?? null, postcode: c.postcode ?? null },
        bezoekadres: null,
      },
      matcher,
      placer,
    ),
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('klantcontact')
      .values(
        rows.map(({ id, contact: c }) => ({
          id,
          kanaal: c.kanaal,
          onderwerp: c.inhoud.slice(0, 120),
          inhoud: c.inhoud,
          plaatsgevonden_op: c.plaatsgevondenOp,
          metadata: JSON.stringify({
            import: { postcode: c.postcode, straat: c.straat, huisnummer: c.huisnummer, lat: c.lat, lon: c.lon },
          }),
        })),
      )
      .execute();
    await upsertTopics(trx, topics);
  });
  return { imported: rows.length, placed: topics.filter((t) => t.wijk).length };
}

/** The file's lines, read only once iteration starts (readline emits, and loses, lines read before). */
export async function* fileLines(file: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}
