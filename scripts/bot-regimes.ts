/**
 * Leave-one-writer-out at every volume of learnt examples (EXAMPLE_REGIMES): the left-out
 * writer's questions answered by a matcher that learnt none, a seeded sample of one or three per
 * article, or all of the other writers' in-scope questions. Each way of fitting the model is
 * fitted on the other writers only; printed pooled per regime, and per writer (with its curve at
 * fixed thresholds) for the model fitted across regimes. Returns that model's left-out outcomes
 * per regime. Cells of the curve read precision/containment/out-of-scope handed off.
 */
import { answered, botCijfers, reportBot, type BotOutcome } from './bot-figures.ts';
import { leaveOneWriterOut, pct, reportByWriter } from './eval-report.ts';
import { DEFAULT_WEIGHTS } from '../src/knowledge/matching/confidence.ts';
import { EXAMPLE_REGIMES, regimeLabel, sampleExamples, type ExampleRegime } from '../src/knowledge/matching/example-regimes.ts';
import { examplesOf, fitBotModel, fitBotModelLearning, type BotModel } from '../src/knowledge/matching/fit-bot-model.ts';
import { fitBotModelAcrossRegimes } from '../src/knowledge/matching/fit-bot-regimes.ts';
import { writerOf, type LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';
import { createMatcher, DEFAULT_ANSWER_THRESHOLD } from '../src/knowledge/matching/matcher.ts';
import type { BotAnswer, KnowledgeArticle } from '../src/knowledge/matching/types.ts';

type Fit = (articles: readonly KnowledgeArticle[], training: readonly LabelledQuestion[]) => BotModel & { fitPrecision?: number };

export const FITS: readonly { readonly name: string; readonly fit: Fit }[] = [
  {
    name: 'shipped model (DEFAULT_WEIGHTS, DEFAULT_ANSWER_THRESHOLD; fitted on all writers, so optimistic)',
    fit: () => ({ weights: DEFAULT_WEIGHTS, answerThreshold: DEFAULT_ANSWER_THRESHOLD }),
  },
  { name: 'fitBotModel (fitted without examples)', fit: (articles, training) => fitBotModel(articles, training) },
  {
    name: 'fitBotModelLearning (fitted nested, all examples)',
    fit: (articles, training) => fitBotModelLearning(articles, training, writerOf),
  },
  {
    name: 'fitBotModelAcrossRegimes (fitted nested, 0/1/3/all examples)',
    fit: (articles, training) => fitBotModelAcrossRegimes(articles, training, writerOf),
  },
];

export function leftOutRegimes(
  articles: readonly KnowledgeArticle[],
  questions: readonly LabelledQuestion[],
  regimes: readonly ExampleRegime[] = EXAMPLE_REGIMES,
  fits = FITS,
): Map<ExampleRegime, BotOutcome[]> {
  const byFit = fits.map(({ name, fit }, f) => {
    // The last fit's weights also answer at threshold 0, for its curve.
    const withCurve = f === fits.length - 1;
    console.log(`  ${name}:`);
    const leftOut = leaveOneWriterOut(
      questions,
      (training, writer) => {
        const model = fit(articles, training);
        const w = model.weights;
        console.log(
          `    fitted without ${writer}: threshold ${model.answerThreshold.toFixed(3)}` +
            (model.fitPrecision === undefined ? '' : ` (fitted for precision ${model.fitPrecision})`) +
            ` exampleSimilarity ${w.exampleSimilarity ?? 0} exampleLead ${w.exampleLead ?? 0}`,
        );
        return regimes.map((regime) => {
          const examples = sampleExamples(examplesOf(training), regime);
          const matchers = withCurve ? [model, { ...model, answerThreshold: 0 }] : [model];
          return matchers.map((m) => {
            const matcher = createMatcher(articles, m);
            matcher.train(examples);
            return matcher;
          });
        });
      },
      (matchers, q) => matchers.map((ms) => ms.map((m) => m.answer(q.text))),
    );
    const outcomesAt = (r: number, open: 0 | 1) => leftOut.map(({ item, outcome }) => ({ q: item, a: outcome[r]?.[open] as BotAnswer }));
    return {
      name,
      outcomes: new Map(regimes.map((regime, r) => [regime, outcomesAt(r, 0)])),
      open: withCurve ? regimes.map((_, r) => outcomesAt(r, 1)) : [],
    };
  });
  console.log("leave-one-writer-out per example regime (the left-out writer's matcher learnt a seeded sample of the others' questions):");
  for (const regime of regimes) {
    console.log(`  ${regimeLabel(regime)}:`);
    byFit.forEach(({ name, outcomes }, i) => {
      const set = outcomes.get(regime) ?? [];
      if (i < byFit.length - 1) reportBot(`    ${name.split(' ')[0] ?? ''}`.padEnd(26), set);
      else {
        console.log(`    ${name}, per left-out writer:`);
        reportByWriter(
          set,
          (o) => writerOf(o.q),
          (label, part) => reportBot(`      ${label}`, part),
        );
      }
    });
  }
  const last = byFit[byFit.length - 1];
  if (last) printRegimeCurve(regimes, last.open);
  return last?.outcomes ?? new Map();
}

/**
 * Precision / containment / out-of-scope handed off, pooled over the left-out writers, per regime,
 * had every fold answered from one fixed threshold with its weights fitted across regimes.
 */
function printRegimeCurve(regimes: readonly ExampleRegime[], open: readonly (readonly { q: LabelledQuestion; a: BotAnswer }[])[]): void {
  console.log(`  its left-out curve at fixed thresholds, per regime (${regimes.map(regimeLabel).join(' | ')}):`);
  for (const threshold of [0.85, 0.88, 0.9, 0.92, 0.93, 0.94, 0.95, 0.96]) {
    const cells = open.map((set) => {
      const c = botCijfers(set.map(({ q, a }) => ({ q, a: { ...a, handoff: !(answered({ q, a }) && a.confidence >= threshold) } })));
      return `${pct(c.right, c.given)}/${pct(c.right, c.inScope)}/${pct(c.outScopeHandedOver, c.outScope)}`;
    });
    console.log(`    threshold ${threshold.toFixed(2)}  ${cells.join(' | ')}`);
  }
}
