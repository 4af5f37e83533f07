/**
 * Kennisbank search and the bot's answer on 10,000 published articles (issue 22, target 4):
 * p50/p95 of searchKnowledge() (synonyms, compounds, typo correction, `dutch` ranking) for a few
 * hundred citizen questions and short searches, against a plain ILIKE search measured in the same
 * run; and p50/p95 of askBot() (matcher over every published article, the question logged) with
 * its precision on the labelled questions, at the Lindendaal kennisbank's own size (the baseline)
 * and at 10,000 articles. The 9,924 added articles are variants of the real ones: a bot answer
 * counts as right when it names the labelled article or one of its variants.
 *   npm run bench -- kennisbank        (BENCH_BOT_QUESTIONS=100 questions for the bot; or npx tsx bench/kennisbank-search.bench.ts)
 * The load average is printed with every figure: on a busy machine the figures are not the code's.
 * searchKnowledge() is timed as the application runs it: vocabulary and synonyms cached in
 * memory (the first searches build the cache), two queries per search. Loading writes the search
 * documents as publication does; kennis_lexeem fills through its trigger. Note the ILIKE
 * baseline scans the table, which also carries each document's `kopvector` since 2026_11_30_1600.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { LoketDatabase } from '../src/db/database.ts';
import { askBot } from '../src/bot/bot.service.ts';
import { bumpKnowledgeRevision } from '../src/knowledge/publication.ts';
import { vocabularyOf } from '../src/knowledge/search/query-terms.ts';
import { ilikeBaseline } from '../src/knowledge/search/search.queries.ts';
import { PUBLIC_TYPES, searchKnowledge } from '../src/knowledge/search/search.service.ts';
import { createSynonymGroup } from '../src/knowledge/synonyms.service.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { loadavg } from 'node:os';
import { botCijfers } from '../scripts/bot-figures.ts';
import type { LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';
import { benchDatabases, percentile } from './bench-databases.ts';

const ARTICLES = 10_000;
const BATCH = 250;
const LINDENDAAL = resolve(import.meta.dirname, '../lindendaal');

interface Source {
  id: string;
  type: 'artikel' | 'werkinstructie';
  title: string;
  summary: string;
  body: string;
  keywords: string[];
  department: string;
  category: string;
  upl?: string;
  audience: string[];
}
const sources = JSON.parse(readFileSync(resolve(LINDENDAAL, 'kennisbank.json'), 'utf8')) as Source[];
const BOT_QUESTIONS = Number(process.env.BENCH_BOT_QUESTIONS ?? 100);
const labelled = readFileSync(resolve(LINDENDAAL, 'vragen-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as LabelledQuestion);
const questions = labelled.map((q) => q.text.slice(0, 200));
/** A variant's id names its original: `paspoort-aanvragen-v123` → `paspoort-aanvragen`. */
const originalOf = (id: string) => id.replace(/-v\d+$/, '');
const load1 = () => loadavg()[0]!.toFixed(1);

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
    if (i < sources.length) return base;
    const other = sources[Math.floor(next() * sources.length)]!;
    const paragraphs = base.body
      .split('\n')
      .filter(Boolean)
      .sort(() => next() - 0.5);
    const wijk = wijken[Math.floor(next() * wijken.length)]!;
    return {
      ...base,
      id: `${base.id}-v${i}`,
      title: `${base.title} in ${wijk} (${2000 + (i % 27)})`,
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
    await db
      .insertInto('kennisartikel_versie')
      .values(
        batch.map((a) => ({
          artikel_id: a.id,
          versie: 1,
          status: 'gepubliceerd' as const,
          type: a.type,
          titel: a.title,
          samenvatting: a.summary,
          inhoud: a.body,
          categorie: a.category,
          upl: a.upl ?? null,
          doelgroep: JSON.stringify(a.audience),
          afdeling: a.department,
          trefwoorden: JSON.stringify(a.keywords),
          auteur_naam: 'bench',
        })),
      )
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
  await bumpKnowledgeRevision(db);
}

async function synonyms(database: LoketDatabase): Promise<void> {
  const ctx = systemContext('bench');
  for (const terms of [
    ['identiteitskaart', 'ID-kaart', 'idkaart'],
    ['grofvuil', 'grof afval'],
    ['kliko', 'container', 'minicontainer'],
  ]) {
    await createSynonymGroup(database.db, ctx, terms);
  }
}

/** The bot's sample: an even spread of BENCH_BOT_QUESTIONS over vragen-dev (every third by default), in and out of scope. */
const botSample = labelled.filter((_, i) => i % Math.max(1, Math.floor(labelled.length / BOT_QUESTIONS)) === 0).slice(0, BOT_QUESTIONS);
/** Questions outside the sample that build and warm the matcher (the sample itself when it takes them all). */
const botWarmUp = (() => {
  const rest = labelled.filter((q) => !botSample.includes(q));
  return (rest.length > 0 ? rest : botSample).slice(0, 31);
})();

/**
 * The bot on the labelled questions: building its matcher, p50/p95 per answer, and its precision.
 * The matcher is built by the first question it ranks (a greeting is answered by the rules
 * alone), so a real question builds it. The sample is timed twice: cold, the first questions a
 * freshly built matcher answers, and warm, after other questions than the sample's (like the
 * search rows warm up with 20 queries): a node answers all day, so warm is the figure for the target.
 */
async function bot(database: LoketDatabase, label: string, articles: number): Promise<number> {
  const [builder, ...warmUp] = botWarmUp;
  // The build runs in slices: the longest the event loop waited meanwhile is what other sockets and requests felt.
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const buildStart = performance.now();
  await askBot(database.db, { text: builder!.text, channel: 'webchat' });
  const buildMs = performance.now() - buildStart;
  stalls.disable();
  const timeSample = async () => {
    const outcomes: { q: LabelledQuestion; a: { handoff: boolean; articleId: string | null; reason: string } }[] = [];
    const times: number[] = [];
    for (const q of botSample) {
      const start = performance.now();
      const reply = await askBot(database.db, { text: q.text, channel: 'webchat' });
      times.push(performance.now() - start);
      outcomes.push({ q, a: { ...reply, articleId: reply.articleId === null ? null : originalOf(reply.articleId) } });
    }
    return { outcomes, times: times.sort((a, b) => a - b) };
  };
  const cold = await timeSample();
  for (const q of warmUp) await askBot(database.db, { text: q.text, channel: 'webchat' });
  const { outcomes, times } = await timeSample();
  const c = botCijfers(outcomes);
  const precision = c.given ? c.right / c.given : Number.NaN;
  console.log(
    `  ${label.padEnd(10)} bot, ${articles.toLocaleString('nl-NL').padStart(6)} artikelen: antwoord p50 ${percentile(times, 50).toFixed(2)} ms,` +
      ` p95 ${percentile(times, 95).toFixed(2)} ms (koud: p50 ${percentile(cold.times, 50).toFixed(2)} ms, p95 ${percentile(cold.times, 95).toFixed(2)} ms);` +
      ` precisie ${(100 * precision).toFixed(1)}% (${c.right}/${c.given}), containment ${c.right}/${c.inScope};` +
      ` matcher gebouwd in ${buildMs.toFixed(0)} ms, de event loop stond intussen hooguit ${(stalls.max / 1e6).toFixed(0)} ms stil` +
      ` (in één keer gebouwd: de hele bouwtijd); load ${load1()}`,
  );
  return percentile(times, 95);
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
      await load(database, articles.slice(0, sources.length));
      await synonyms(database);
      const small = await bot(database, target.name, sources.length);
      const loadStart = performance.now();
      await load(database, articles.slice(sources.length));
      console.log(`  ${target.name}: geladen in ${((performance.now() - loadStart) / 1000).toFixed(1)} s; load ${load1()}`);
      const large = await bot(database, target.name, ARTICLES);
      console.log(
        `  ${''.padEnd(10)} bot p95 ${ARTICLES.toLocaleString('nl-NL')} / ${sources.length} artikelen: ${(large / small).toFixed(2)}×`,
      );
      for (const [name, queries] of Object.entries(sets)) {
        await time(queries.slice(0, 20), (q) => searchKnowledge(database.db, { q, limit: 10, internal: false }));
        const ours = await time(queries, (q) => searchKnowledge(database.db, { q, limit: 10, internal: false }));
        const baseline = await time(queries, (q) => ilikeBaseline(database.db, q, PUBLIC_TYPES, 10));
        const [p50, p95, b50, b95] = [percentile(ours, 50), percentile(ours, 95), percentile(baseline, 50), percentile(baseline, 95)];
        console.log(
          `  ${target.name.padEnd(10)} ${name.padEnd(24)} zoeken p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms` +
            ` | ILIKE p50 ${b50.toFixed(2)} ms, p95 ${b95.toFixed(2)} ms | verhouding p95 ${(p95 / b95).toFixed(2)}× | load ${load1()}`,
        );
      }
    } finally {
      await database.close();
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
