/**
 * Topic classifier figures over the in-scope questions of lindendaal/vragen-dev.jsonl:
 * category accuracy, article accuracy (when it names one) and latency, for all and per half.
 *   npx tsx scripts/eval-topics.ts [--verbose]
 */
import { performance } from 'node:perf_hooks';
import { printLatency, reportByHalf } from './eval-report.ts';
import {
  loadKnowledgeBase,
  loadQuestions,
  type LabelledQuestion,
} from '../src/knowledge/matching/lindendaal-data.ts';
import { createMatcher } from '../src/knowledge/matching/matcher.ts';
import type { TopicGuess } from '../src/knowledge/matching/types.ts';

const verbose = process.argv.includes('--verbose');
const matcher = createMatcher(loadKnowledgeBase());
const questions = loadQuestions().filter((q) => q.kind === 'in_scope');

const results: { q: LabelledQuestion; g: TopicGuess }[] = [];
const latencies: number[] = [];
for (const q of questions) {
  const t = performance.now();
  const g = matcher.classify(q.text);
  latencies.push(performance.now() - t);
  results.push({ q, g });
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
function report(label: string, set: readonly (typeof results)[number][]): void {
  const cat = set.filter((r) => r.g.category === r.q.category).length;
  const named = set.filter((r) => r.g.articleId !== null);
  const right = named.filter((r) => r.g.articleId === r.q.articleId).length;
  console.log(
    `${label.padEnd(5)} n=${String(set.length).padStart(3)}  category accuracy ${pct(cat, set.length)} (${cat}/${set.length})` +
      `  article accuracy ${pct(right, set.length)} (${right}/${set.length})  article precision when named ${pct(right, named.length)} (${right}/${named.length})`,
  );
}
reportByHalf(results, report);
printLatency('text', latencies);

if (verbose) {
  console.log('\nwrong category or wrong article:');
  for (const { q, g } of results) {
    if (g.category === q.category && (g.articleId === null || g.articleId === q.articleId)) continue;
    console.log(
      `${q.id} got ${g.category}/${g.articleId ?? '-'} want ${q.category}/${q.articleId} conf ${g.confidence.toFixed(2)} | ${q.text.slice(0, 80).replace(/\s+/g, ' ')}`,
    );
  }
}
