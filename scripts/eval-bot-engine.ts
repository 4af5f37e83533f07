/**
 * Bot figures over lindendaal/vragen-dev.jsonl: precision, containment and
 * out-of-scope handoff, for all questions and for the even/odd halves, plus latency.
 *   npx tsx scripts/eval-bot-engine.ts [--verbose] [--threshold 0.8] [--features out.json] [--fit]
 * --fit refits the confidence weights and threshold on the even half only and reports both
 * halves with them; copy the printed values into confidence.ts / matcher.ts by hand.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { printLatency, reportByHalf } from './eval-report.ts';
import {
  loadKnowledgeBase,
  loadQuestions,
  splitHalf,
  type LabelledQuestion,
} from '../src/knowledge/matching/lindendaal-data.ts';
import type { ConfidenceWeights } from '../src/knowledge/matching/confidence.ts';
import { chooseThreshold, fitConfidence } from '../src/knowledge/matching/fit-confidence.ts';
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
const questions = loadQuestions();
/** The precision the threshold is chosen for on the even half: a margin over the 97% target. */
const FIT_PRECISION = 0.975;

function refit(): { weights: ConfidenceWeights; answerThreshold: number } {
  const even = questions.filter((q) => splitHalf(q) === 'even');
  const base = createMatcher(articles);
  const rows = even
    .filter((q) => applyRules(q.text) === null)
    .map((q) => {
      const r = base.rank(q.text, true);
      return { features: r.features, correct: r.candidates[0]?.article.id === q.articleId };
    });
  const weights = fitConfidence(rows);
  const open = createMatcher(articles, { weights, answerThreshold: 0 });
  const given = even
    .map((q) => ({ q, a: open.answer(q.text) }))
    .filter(({ a }) => a.articleId !== null)
    .map(({ q, a }) => ({ confidence: a.confidence, correct: a.articleId === q.articleId }));
  const answerThreshold = chooseThreshold(given, FIT_PRECISION);
  console.log(`refit on the even half: weights ${JSON.stringify(weights)}, threshold ${answerThreshold.toFixed(4)}`);
  return { weights, answerThreshold };
}

const fitted = args.includes('--fit') ? refit() : undefined;
const buildStart = performance.now();
const matcher = createMatcher(articles, {
  ...fitted,
  ...(threshold ? { answerThreshold: Number(threshold) } : {}),
});
const buildMs = performance.now() - buildStart;

interface Outcome {
  readonly q: LabelledQuestion;
  readonly a: BotAnswer;
}
const outcomes: Outcome[] = [];
const latencies: number[] = [];
for (const q of questions) {
  const t = performance.now();
  const a = matcher.answer(q.text);
  latencies.push(performance.now() - t);
  outcomes.push({ q, a });
}

const answered = (o: Outcome): boolean => !o.a.handoff && o.a.articleId !== null;
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function report(label: string, set: readonly Outcome[]): void {
  const inScope = set.filter((o) => o.q.kind === 'in_scope');
  const outScope = set.filter((o) => o.q.kind !== 'in_scope');
  const given = set.filter(answered);
  const right = given.filter((o) => o.a.articleId === o.q.articleId);
  const ambiguous = inScope.filter((o) => o.a.reason === 'ambiguous');
  const ambiguousHit = ambiguous.filter((o) => o.a.alternatives.some((x) => x.articleId === o.q.articleId));
  const notAnswered = outScope.filter((o) => !answered(o));
  console.log(
    `${label.padEnd(5)} n=${String(set.length).padStart(3)}  precision ${pct(right.length, given.length)} (${right.length}/${given.length})` +
      `  containment ${pct(right.length, inScope.length)} (${right.length}/${inScope.length})` +
      `  out-of-scope handoff ${pct(notAnswered.length, outScope.length)} (${notAnswered.length}/${outScope.length})` +
      `  ambiguous ${ambiguous.length} (right one offered ${ambiguousHit.length})`,
  );
}

console.log(`index built in ${buildMs.toFixed(0)} ms for ${articles.length} articles`);
reportByHalf(outcomes, report);
printLatency('question', latencies);

if (verbose) {
  console.log('\nwrong answers and unanswered in-scope questions:');
  for (const { q, a } of outcomes) {
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

// Features of every question that passes the rules, to refit the confidence model.
const featuresOut = option('--features');
if (featuresOut) {
  const rows = questions
    .filter((q) => applyRules(q.text) === null)
    .map((q) => {
      const r = matcher.rank(q.text, true);
      return { id: q.id, kind: q.kind, ok: r.candidates[0]?.article.id === q.articleId, ...r.features };
    });
  writeFileSync(featuresOut, JSON.stringify(rows));
}
