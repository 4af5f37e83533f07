/**
 * Topic classifier figures over the in-scope questions of every labelled set (writers dev,
 * devA, devB, devC): category accuracy, article accuracy (when it names one) and latency, with
 * the shipped model per writer and all; then leave-one-writer-out — everything fitted (the
 * confidence weights by fitBotModel, the vote share and threshold by fitTopicModel) fitted on
 * the other writers — per writer and pooled; then the same with the other writers' questions
 * also learnt as wrap-up examples (matcher.train), as the classifier learns agents' wrap-ups.
 *   npx tsx scripts/eval-topics.ts [--verbose]
 */
import { performance } from 'node:perf_hooks';
import { leaveOneWriterOut, pct, printLatency, reportByWriter } from './eval-report.ts';
import { loadAllQuestions, loadKnowledgeBase, writerOf, type LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';
import { fitBotModel } from '../src/knowledge/matching/fit-bot-model.ts';
import { fitOnRankings, fitTopicModel } from '../src/knowledge/matching/fit-topic-model.ts';
import type { ConfidenceWeights } from '../src/knowledge/matching/confidence.ts';
import { DEFAULT_TOPIC_MODEL, type TopicModel } from '../src/knowledge/matching/topic-guess.ts';
import { createMatcher } from '../src/knowledge/matching/matcher.ts';
import type { TopicGuess } from '../src/knowledge/matching/types.ts';

const verbose = process.argv.includes('--verbose');
const articles = loadKnowledgeBase();
const matcher = createMatcher(articles);
const allQuestions = loadAllQuestions();
const questions = allQuestions.filter((q) => q.kind === 'in_scope');

const results: { q: LabelledQuestion; g: TopicGuess }[] = [];
const latencies: number[] = [];
for (const q of questions) {
  const t = performance.now();
  const g = matcher.classify(q.text);
  latencies.push(performance.now() - t);
  results.push({ q, g });
}

function report(label: string, set: readonly (typeof results)[number][]): void {
  const cat = set.filter((r) => r.g.category === r.q.category).length;
  const named = set.filter((r) => r.g.articleId !== null);
  const right = named.filter((r) => r.g.articleId === r.q.articleId).length;
  console.log(
    `${label.padEnd(7)} n=${String(set.length).padStart(3)}  category accuracy ${pct(cat, set.length)} (${cat}/${set.length})` +
      `  article accuracy ${pct(right, set.length)} (${right}/${set.length})  article precision when named ${pct(right, named.length)} (${right}/${named.length})`,
  );
}
console.log('shipped model, all data:');
reportByWriter(results, (r) => writerOf(r.q), report, 'all');
printLatency('text', latencies);

const describe = (m: TopicModel): string =>
  `lexical share ${m.lexicalShare}, vote share ${m.voteShare}, threshold ${m.threshold.toFixed(3)}`;
console.log(
  `shipped topic model: ${describe(DEFAULT_TOPIC_MODEL)}; fitted on all writers: ${describe(fitTopicModel(articles, questions))}`,
);

// The weights are fitted on all questions of the other writers (out-of-scope ones teach what a
// wrong best article looks like), the topic model on their in-scope questions with those
// weights; only the left-out writer's in-scope questions are scored.
function leftOutRun(learnExamples: boolean) {
  return leaveOneWriterOut(
    allQuestions,
    (training, writer) => {
      const { weights } = fitBotModel(articles, training);
      const inScope = training.filter((q) => q.kind === 'in_scope');
      const topic = learnExamples ? fitWithExamples(inScope, weights) : fitTopicModel(articles, inScope, weights);
      console.log(`  fitted without ${writer}: ${describe(topic)}`);
      const m = createMatcher(articles, { weights, topic });
      if (learnExamples) m.train(examplesOf(inScope));
      return m;
    },
    (m, q) => (q.kind === 'in_scope' ? m.classify(q.text) : null),
  ).flatMap(({ item, outcome }) => (outcome ? [{ q: item, g: outcome }] : []));
}

function examplesOf(qs: readonly LabelledQuestion[]) {
  return qs.flatMap((q) => (q.articleId ? [{ text: q.text, articleId: q.articleId }] : []));
}

/**
 * With examples learnt, a training question must not be ranked against itself: each training
 * writer's questions are ranked by a matcher that learnt only the other training writers'.
 */
function fitWithExamples(inScope: readonly LabelledQuestion[], weights: ConfidenceWeights): TopicModel {
  const rows = leaveOneWriterOut(
    inScope,
    (inner) => {
      const m = createMatcher(articles, { weights });
      m.train(examplesOf(inner));
      return m;
    },
    (m, q) => ({ q, ranking: m.rankTopics(q.text) }),
  ).map(({ outcome }) => outcome);
  return fitOnRankings(rows);
}

console.log('leave-one-writer-out (fitted on the other writers, scored on the one left out):');
const leftOut = leftOutRun(false);
reportByWriter(leftOut, (r) => writerOf(r.q), report);
console.log("leave-one-writer-out, the other writers' questions also learnt as wrap-up examples (topic model fitted likewise, nested):");
reportByWriter(leftOutRun(true), (r) => writerOf(r.q), report);

if (verbose) {
  console.log('\nleft out: wrong category or wrong article:');
  for (const { q, g } of leftOut) {
    if (g.category === q.category && (g.articleId === null || g.articleId === q.articleId)) continue;
    console.log(
      `${q.id} got ${g.category}/${g.articleId ?? '-'} want ${q.category}/${q.articleId} conf ${g.confidence.toFixed(2)} | ${q.text.slice(0, 80).replace(/\s+/g, ' ')}`,
    );
  }
}
