/**
 * End-to-end bot figures: the app on an in-memory PGlite, the Lindendaal kennisbank imported,
 * every question of vragen-dev.jsonl through POST /api/bot/ask.
 *   npm run eval:bot
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { systemContext } from '../src/setup/system-context.ts';

interface Question {
  id: string;
  text: string;
  articleId: string | null;
  channel: string;
  kind: 'in_scope' | 'out_of_scope' | 'handoff_request';
}

const LINDENDAAL = resolve(import.meta.dirname, '../lindendaal');
const questions = readFileSync(resolve(LINDENDAAL, 'vragen-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Question);

const database = await openDatabase({});
await migrate(database.db);
const config = loadConfig({ LOKET_DEMO: 'false', BOT_RATE_LIMIT_PER_MINUTE: '1000000' });
const app = await buildApp({ database, config, logger: false });
await app.ready();
const imported = await importKennisbank(database.db, systemContext('eval'), parseKennisbank(JSON.parse(readFileSync(resolve(LINDENDAAL, 'kennisbank.json'), 'utf8'))));

// The first question builds the matcher; time it apart from the per-question latency.
const warmStart = performance.now();
await app.inject({ method: 'POST', url: '/api/bot/ask', payload: { text: 'hallo', channel: 'webchat' } });
const warmMs = performance.now() - warmStart;

const outcomes: { q: Question; handoff: boolean; articleId: string | null }[] = [];
const latencies: number[] = [];
for (const q of questions) {
  const channel = ['webchat', 'whatsapp', 'email', 'formulier'].includes(q.channel) ? q.channel : 'webchat';
  const start = performance.now();
  const response = await app.inject({ method: 'POST', url: '/api/bot/ask', payload: { text: q.text, channel } });
  latencies.push(performance.now() - start);
  if (response.statusCode !== 200) throw new Error(`${q.id}: ${response.statusCode} ${response.body}`);
  const body = response.json<{ handoff: boolean; articleId: string | null }>();
  outcomes.push({ q, handoff: body.handoff, articleId: body.articleId });
}
await app.close();
await database.close();

const answered = outcomes.filter((o) => !o.handoff && o.articleId !== null);
const correct = answered.filter((o) => o.articleId === o.q.articleId);
const inScope = outcomes.filter((o) => o.q.kind === 'in_scope');
const outOfScope = outcomes.filter((o) => o.q.kind !== 'in_scope');
const handedOff = outOfScope.filter((o) => o.handoff);
const notAnswered = outOfScope.filter((o) => o.articleId === null);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const sorted = [...latencies].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

console.log(`kennisbank: ${imported.created} artikelen geïmporteerd; ${questions.length} vragen; matcher gebouwd in ${warmMs.toFixed(0)} ms`);
console.log(`precision              ${pct(correct.length, answered.length)} (${correct.length}/${answered.length} beantwoord goed)`);
console.log(`containment            ${pct(correct.length, inScope.length)} (${correct.length}/${inScope.length} in-scope vragen goed beantwoord)`);
console.log(`out-of-scope handoff   ${pct(handedOff.length, outOfScope.length)} (${handedOff.length}/${outOfScope.length} out_of_scope + handoff_request doorverbonden; ${notAnswered.length} zonder antwoord)`);
console.log(`latency per vraag      p50 ${percentile(0.5).toFixed(2)} ms, p95 ${percentile(0.95).toFixed(2)} ms (POST /api/bot/ask via app.inject)`);
