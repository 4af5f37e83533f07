/**
 * Bot figures over every labelled question set (lindendaal/vragen-dev.jsonl and
 * vragen-dev-2.jsonl: writers dev, devA, devB, devC): precision, containment and out-of-scope
 * handoff, first with the shipped model on all data, then leave-one-writer-out — the model
 * (confidence weights and threshold, fitBotModel) fitted on the other writers and scored on the
 * one left out — per writer and pooled. The pooled left-out figure is the one that counts. Then
 * the same with the other writers' in-scope questions also learnt as examples, as a deployed bot
 * learns agents' confirmed wrap-ups (model fitted nested: fitBotModelLearning).
 *   npx tsx scripts/eval-bot-engine.ts [--verbose] [--threshold 0.8] [--features out.json] [--fit]
 * --fit prints the models fitted on all writers (without examples: fitBotModel; across example
 * volumes: fitBotModelAcrossRegimes); copy the shipped one into confidence.ts / matcher.ts by hand.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { answered, leftOutBot, reportBot } from './bot-figures.ts';
import { printLatency, reportByWriter } from './eval-report.ts';
import { loadAllQuestions, loadKnowledgeBase, writerOf, type LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';
import { fitBotModel } from '../src/knowledge/matching/fit-bot-model.ts';
import { fitBotModelAcrossRegimes } from '../src/knowledge/matching/fit-bot-regimes.ts';
import { createMatcher } from '../src/knowledge/matching/matcher.ts';
import { applyRules } from '../src/knowledge/matching/rules.ts';
import type { BotAnswer } from '../src/knowledge/matching/types.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const threshold = option('--threshold');

const articles = loadKnowledgeBase();
const questions = loadAllQuestions();

if (args.includes('--fit')) {
  const model = fitBotModel(articles, questions);
  console.log(`fitted on all writers: weights ${JSON.stringify(model.weights)}, threshold ${model.answerThreshold.toFixed(4)}`);
  const across = fitBotModelAcrossRegimes(articles, questions, writerOf);
  console.log(
    `fitted on all writers across example volumes: weights ${JSON.stringify(across.weights)}, ` +
      `threshold ${across.answerThreshold.toFixed(4)} (fitted for precision ${across.fitPrecision})`,
  );
}

interface Outcome {
  readonly q: LabelledQuestion;
  readonly a: BotAnswer;
}

const buildStart = performance.now();
const shipped = createMatcher(articles, threshold ? { answerThreshold: Number(threshold) } : {});
const buildMs = performance.now() - buildStart;
const outcomes: Outcome[] = [];
const latencies: number[] = [];
for (const q of questions) {
  const t = performance.now();
  const a = shipped.answer(q.text);
  latencies.push(performance.now() - t);
  outcomes.push({ q, a });
}

console.log(`index built in ${buildMs.toFixed(0)} ms for ${articles.length} articles; ${questions.length} questions`);
console.log('shipped model, all data (fitted on all of it, so optimistic):');
reportByWriter(outcomes, (o) => writerOf(o.q), reportBot, 'all');
printLatency('question', latencies);

const leftOutOutcomes = leftOutBot(articles, questions, threshold ? Number(threshold) : undefined);
leftOutBot(articles, questions, threshold ? Number(threshold) : undefined, { learnExamples: true });

if (verbose) {
  console.log('\nleft out: wrong answers and unanswered in-scope questions:');
  for (const { q, a } of leftOutOutcomes) {
    const wrong = answered({ q, a }) && a.articleId !== q.articleId;
    const missed = q.kind === 'in_scope' && !answered({ q, a });
    if (!wrong && !missed) continue;
    const tag = wrong ? 'WRONG ' : 'missed';
    console.log(
      `${tag} ${q.id} ${a.reason.padEnd(15)} conf ${a.confidence.toFixed(2)} got ${a.articleId ?? '-'} want ${q.articleId ?? '-'}` +
        `${a.alternatives.length ? ` alts ${a.alternatives.map((x) => x.articleId).join(',')}` : ''} | ${q.text.slice(0, 90).replace(/\s+/g, ' ')}`,
    );
  }
}

// Features of every question that passes the rules, to study the confidence model.
const featuresOut = option('--features');
if (featuresOut) {
  const rows = questions
    .filter((q) => applyRules(q.text) === null)
    .map((q) => {
      const r = shipped.rank(q.text, true);
      return { id: q.id, kind: q.kind, ok: r.candidates[0]?.article.id === q.articleId, ...r.features };
    });
  writeFileSync(featuresOut, JSON.stringify(rows));
}
