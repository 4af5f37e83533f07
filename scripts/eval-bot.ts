/**
 * End-to-end bot figures: the app on an in-memory PGlite, the Lindendaal kennisbank imported,
 * every labelled question (vragen-dev.jsonl and vragen-dev-2.jsonl) through POST /api/bot/ask
 * with the shipped model, per writer and all; then leave-one-writer-out with the same matcher
 * in process (fitted on the other writers, scored on the one left out), per writer and pooled;
 * then the same with the other writers' in-scope questions also learnt as examples (the model
 * fitted nested, so that no training question is ranked against itself); then per volume of
 * learnt examples (none, 1 or 3 per article, all: scripts/bot-regimes.ts), with the model fitted
 * across those volumes compared with the others.
 *   npm run eval:bot                  (figures only)
 *   npm run eval:bot -- --bijwerken   (also writes the left-out figures into src/bot/bot-meting.ts)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { loadAllQuestions, loadKnowledgeBase, writerOf, type LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { leftOutBot, reportBot } from './bot-figures.ts';
import { leftOutRegimes } from './bot-regimes.ts';
import { schrijfBotMeting } from './bot-meting-bijwerken.ts';
import { reportByWriter } from './eval-report.ts';

type Question = LabelledQuestion;

const LINDENDAAL = resolve(import.meta.dirname, '../lindendaal');
const questions = loadAllQuestions(LINDENDAAL);

const database = await openDatabase({});
await migrate(database.db);
const config = loadConfig({ LOKET_DEMO: 'false', BOT_RATE_LIMIT_PER_MINUTE: '1000000' });
const app = await buildApp({ database, config, logger: false });
await app.ready();
const imported = await importKennisbank(
  database.db,
  systemContext('eval'),
  parseKennisbank(JSON.parse(readFileSync(resolve(LINDENDAAL, 'kennisbank.json'), 'utf8'))),
);

// The first question builds the matcher; time it apart from the per-question latency.
const warmStart = performance.now();
await app.inject({ method: 'POST', url: '/api/bot/ask', payload: { text: 'hallo', channel: 'webchat' } });
const warmMs = performance.now() - warmStart;

const outcomes: { q: Question; a: { handoff: boolean; articleId: string | null; reason?: string } }[] = [];
const latencies: number[] = [];
for (const q of questions) {
  const channel = ['webchat', 'whatsapp', 'email', 'formulier'].includes(q.channel) ? q.channel : 'webchat';
  const start = performance.now();
  const response = await app.inject({ method: 'POST', url: '/api/bot/ask', payload: { text: q.text, channel } });
  latencies.push(performance.now() - start);
  if (response.statusCode !== 200) throw new Error(`${q.id}: ${response.statusCode} ${response.body}`);
  outcomes.push({ q, a: response.json<{ handoff: boolean; articleId: string | null; reason?: string }>() });
}
await app.close();
await database.close();

const sorted = [...latencies].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

console.log(
  `kennisbank: ${imported.created} artikelen geïmporteerd; ${questions.length} vragen; matcher gebouwd in ${warmMs.toFixed(0)} ms`,
);
console.log('shipped model via POST /api/bot/ask, all data:');
reportByWriter(outcomes, (o) => writerOf(o.q), reportBot, 'all');
console.log(
  `latency per vraag      p50 ${percentile(0.5).toFixed(2)} ms, p95 ${percentile(0.95).toFixed(2)} ms (POST /api/bot/ask via app.inject)`,
);

const articles = loadKnowledgeBase(LINDENDAAL);
const leftOut = leftOutBot(articles, questions);
// As a deployed Loket runs once agents have confirmed other citizens' questions (wrap-ups, coaching).
leftOutBot(articles, questions, undefined, { learnExamples: true });
// A bot starts with no examples and gathers them one wrap-up at a time: the model must hold at every volume.
leftOutRegimes(articles, questions);
if (process.argv.includes('--bijwerken')) {
  const meting = await schrijfBotMeting(leftOut, new Date());
  console.log(
    `src/bot/bot-meting.ts bijgewerkt: precisie ${meting.precisie}, containment ${meting.containment}, buiten scope doorverbonden ${meting.buitenScopeDoorverbonden}`,
  );
}
