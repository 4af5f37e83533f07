import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importStraten, importWijken } from '../src/analytics/gebieden/gebieden.service.ts';
import { BATCH, importKlantcontacten } from '../src/analytics/import/import-klantcontacten.ts';
import { parseContactLine } from '../src/analytics/import/parse-contact-line.ts';
import type { LoketDatabase } from '../src/db/database.ts';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { LINDENDAAL_DIR } from '../src/knowledge/matching/lindendaal-data.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { benchDatabases, formatRate } from './bench-databases.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
/** BENCH_UNIQUE_TEXTS=0 cycles the history as it is, repeated texts and all. */
const UNIQUE = process.env.BENCH_UNIQUE_TEXTS !== '0';
/** BENCH_THREADS sets the classifying worker threads (default: one per core). */
const THREADS = process.env.BENCH_THREADS ? { threads: Number(process.env.BENCH_THREADS) } : {};
const read = (file: string) => readFileSync(join(LINDENDAAL_DIR, file), 'utf8');

/**
 * The Lindendaal history cycled to ROWS lines. By default each text gets a line number so no two
 * are the same: the importer classifies a repeated text once, and this measures the worst case.
 */
function lines(): string[] {
  const source = read('contacten-dev.jsonl')
    .split('\n')
    .filter((l) => l.trim());
  return Array.from({ length: ROWS }, (_, i) => {
    const c = JSON.parse(source[i % source.length]!) as { inhoud: string };
    return UNIQUE ? JSON.stringify({ ...c, inhoud: `${c.inhoud} (regel ${i + 1})` }) : source[i % source.length]!;
  });
}

/** The baseline: the same klantcontact rows in the same multi-row INSERTs, no topic or wijk. */
async function rawInsert(database: LoketDatabase, input: readonly string[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < input.length; i += BATCH) {
    const rows = input.slice(i, i + BATCH).map((l, j) => parseContactLine(l, i + j + 1));
    await database.db.transaction().execute((trx) =>
      trx
        .insertInto('klantcontact')
        .values(
          rows.map((c) => ({
            id: randomUUID(),
            kanaal: c.kanaal,
            onderwerp: c.inhoud.slice(0, 120),
            inhoud: c.inhoud,
            plaatsgevonden_op: c.plaatsgevondenOp,
            metadata: JSON.stringify({ import: { postcode: c.postcode, straat: c.straat, lat: c.lat, lon: c.lon } }),
          })),
        )
        .execute(),
    );
  }
  return performance.now() - started;
}

/** `npx loket import klantcontacten`: lines/s with classification and placement vs a raw INSERT. */
export async function run(): Promise<void> {
  console.log(
    `\nimport klantcontacten: ${ROWS.toLocaleString('nl-NL')} regels (${UNIQUE ? 'alle teksten verschillend' : 'historie herhaald, teksten komen terug'}), import (classificeren + plaatsen + onderwerp opslaan) vs. kale multi-row INSERT`,
  );
  const input = lines();
  for (const target of await benchDatabases()) {
    const database = await target.open();
    try {
      await importKennisbank(database.db, systemContext('benchmark'), parseKennisbank(JSON.parse(read('kennisbank.json'))));
      await importWijken(database.db, JSON.parse(read('wijken.geojson')));
      await importStraten(database.db, JSON.parse(read('straten.json')));
      const rawMs = await rawInsert(database, input);
      const result = await importKlantcontacten(database.db, input, THREADS);
      console.log(
        `  ${target.name.padEnd(10)} kale INSERT ${formatRate(ROWS, rawMs).padStart(9)}   import ${formatRate(ROWS, result.ms).padStart(9)} (${(result.ms / 1000).toFixed(1)} s)   ratio import/kaal ${(result.ms / rawMs).toFixed(1)}× trager`,
      );
    } finally {
      await database.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
