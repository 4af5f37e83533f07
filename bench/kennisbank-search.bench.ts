/**
 * Kennisbank search on 10,000 published articles: p50/p95 of searchKnowledge() (synonyms,
 * compounds, typo correction, `dutch` ranking) for a few hundred citizen questions and short
 * searches, against a plain ILIKE search measured in the same run.
 *   npx tsx bench/kennisbank-search.bench.ts
 * searchKnowledge() is timed as the application runs it: vocabulary and synonyms cached in
 * memory (the first searches build the cache), two queries per search. Loading writes the search
 * documents as publication does; kennis_lexeem fills through its trigger. Note the ILIKE
 * baseline scans the table, which also carries each document's `kopvector` since 2026_11_30_1600.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { LoketDatabase } from '../src/db/database.ts';
import { vocabularyOf } from '../src/knowledge/search/query-terms.ts';
import { ilikeBaseline } from '../src/knowledge/search/search.queries.ts';
import { PUBLIC_TYPES, searchKnowledge } from '../src/knowledge/search/search.service.ts';
import { createSynonymGroup } from '../src/knowledge/synonyms.service.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { benchDatabases, percentile } from './bench-databases.ts';

const ARTICLES = 10_000;
const BATCH = 250;
const LINDENDAAL = resolve(import.meta.dirname, '../lindendaal');

interface Source {
  id: string;
  type: string;
  title: string;
  summary: string;
  body: string;
  keywords: string[];
  department: string;
}
const sources = JSON.parse(readFileSync(resolve(LINDENDAAL, 'kennisbank.json'), 'utf8')) as Source[];
const questions = readFileSync(resolve(LINDENDAAL, 'vragen-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text.slice(0, 200));

/** A deterministic pseudo-random sequence, so every run searches the same corpus. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Variants of the Lindendaal articles: same vocabulary and word frequencies, 10k documents. */
export function corpus(): Source[] {
  const next = random(42);
  const wijken = ['Lindehof', 'Vaartkwartier', 'Oud-Dal', 'Heideveld', 'Molenwijk', 'Beekzicht', 'Stationsbuurt', 'Kloosterveld'];
  return Array.from({ length: ARTICLES }, (_, i) => {
    const base = sources[i % sources.length]!;
    const other = sources[Math.floor(next() * sources.length)]!;
    const paragraphs = base.body
      .split('\n')
      .filter(Boolean)
      .sort(() => next() - 0.5);
    const wijk = wijken[Math.floor(next() * wijken.length)]!;
    return {
      ...base,
      id: `${base.id}-${i}`,
      title: i < sources.length ? base.title : `${base.title} in ${wijk} (${2000 + (i % 27)})`,
      body: [...paragraphs, other.body.split('\n')[0] ?? ''].join('\n'),
      keywords: [...base.keywords, ...other.keywords.slice(0, 2)],
    };
  });
}

export async function load(database: LoketDatabase, articles: Source[]): Promise<void> {
  const { db } = database;
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = articles.slice(i, i + BATCH);
    await db
      .insertInto('kennisartikel')
      .values(batch.map((a) => ({ id: a.id, gepubliceerde_versie: 1 })))
      .execute();
    const rows = batch.map(
      (a) => sql`(${a.id}, 1, ${a.type}, ${a.title}, ${a.summary}, ${a.department},
      setweight(to_tsvector('dutch', ${a.title}), 'A') || setweight(to_tsvector('dutch', ${a.keywords.join(', ')}), 'A')
      || setweight(to_tsvector('dutch', ${a.summary}), 'B') || setweight(to_tsvector('dutch', ${a.body}), 'C'))`,
    );
    await sql`insert into kennis_zoekdocument (artikel_id, versie, type, titel, samenvatting, afdeling, zoekvector) values ${sql.join(rows)}`.execute(
      db,
    );
    const counts = new Map<string, number>();
    for (const a of batch)
      for (const w of vocabularyOf(`${a.title} ${a.keywords.join(' ')} ${a.summary} ${a.body}`)) counts.set(w, (counts.get(w) ?? 0) + 1);
    await db
      .insertInto('kennis_woord')
      .values([...counts].map(([woord, aantal]) => ({ woord, aantal })))
      .onConflict((oc) =>
        oc.column('woord').doUpdateSet((eb) => ({ aantal: eb(eb.ref('kennis_woord.aantal'), '+', eb.ref('excluded.aantal')) })),
      )
      .execute();
  }
  await sql`analyze`.execute(db);
  const ctx = systemContext('bench');
  for (const terms of [
    ['identiteitskaart', 'ID-kaart', 'idkaart'],
    ['grofvuil', 'grof afval'],
    ['kliko', 'container', 'minicontainer'],
  ]) {
    await createSynonymGroup(db, ctx, terms);
  }
}

/** Short searches as people type them in a search box, some with a typo. */
function shortQueries(): string[] {
  const next = random(7);
  return Array.from({ length: 150 }, (_, i) => {
    const source = sources[Math.floor(next() * sources.length)]!;
    const words = source.keywords[Math.floor(next() * source.keywords.length)] ?? source.title;
    if (i % 3 !== 0 || words.length < 6) return words;
    const at = 2 + Math.floor(next() * (words.length - 3));
    return words.slice(0, at) + words.slice(at + 1); // one letter dropped
  });
}

async function time(queries: readonly string[], search: (q: string) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await search(q);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export async function run(): Promise<void> {
  console.log(`\nkennisbank search: ${ARTICLES.toLocaleString('nl-NL')} gepubliceerde artikelen`);
  const articles = corpus();
  const sets = { 'burgervragen (300)': questions, 'korte zoektermen (150)': shortQueries() };
  for (const target of await benchDatabases()) {
    const database = await target.open();
    try {
      const loadStart = performance.now();
      await load(database, articles);
      console.log(`  ${target.name}: geladen in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
      for (const [name, queries] of Object.entries(sets)) {
        await time(queries.slice(0, 20), (q) => searchKnowledge(database.db, { q, limit: 10, internal: false }));
        const ours = await time(queries, (q) => searchKnowledge(database.db, { q, limit: 10, internal: false }));
        const baseline = await time(queries, (q) => ilikeBaseline(database.db, q, PUBLIC_TYPES, 10));
        const [p50, p95, b50, b95] = [percentile(ours, 50), percentile(ours, 95), percentile(baseline, 50), percentile(baseline, 95)];
        console.log(
          `  ${target.name.padEnd(10)} ${name.padEnd(24)} zoeken p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms` +
            ` | ILIKE p50 ${b50.toFixed(2)} ms, p95 ${b95.toFixed(2)} ms | verhouding p95 ${(p95 / b95).toFixed(2)}×`,
        );
      }
    } finally {
      await database.close();
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
