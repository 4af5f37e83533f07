/** Bot figures shared by eval-bot (over HTTP) and eval-bot-engine (in process). */
import { leaveOneWriterOut, pct, reportByWriter } from './eval-report.ts';
import { examplesOf, fitBotModel, fitBotModelLearning } from '../src/knowledge/matching/fit-bot-model.ts';
import { writerOf, type LabelledQuestion } from '../src/knowledge/matching/lindendaal-data.ts';
import { createMatcher } from '../src/knowledge/matching/matcher.ts';
import type { BotAnswer, KnowledgeArticle } from '../src/knowledge/matching/types.ts';

export interface BotOutcome {
  readonly q: LabelledQuestion;
  readonly a: {
    readonly handoff: boolean;
    readonly articleId: string | null;
    readonly reason?: string;
    readonly alternatives?: readonly { readonly articleId: string }[];
  };
}

export const answered = (o: BotOutcome): boolean => !o.a.handoff && o.a.articleId !== null;

/** The bot's counts on a set of labelled questions: what it answered, rightly, and what it handed over. */
export function botCijfers(set: readonly BotOutcome[]) {
  const inScope = set.filter((o) => o.q.kind === 'in_scope');
  const outScope = set.filter((o) => o.q.kind !== 'in_scope');
  const given = set.filter(answered);
  const right = given.filter((o) => o.a.articleId === o.q.articleId);
  const ambiguous = inScope.filter((o) => o.a.reason === 'ambiguous');
  return {
    inScope: inScope.length,
    outScope: outScope.length,
    given: given.length,
    right: right.length,
    outScopeHandedOver: outScope.filter((o) => !answered(o)).length,
    ambiguous: ambiguous.length,
    ambiguousHit: ambiguous.filter((o) => (o.a.alternatives ?? []).some((x) => x.articleId === o.q.articleId)).length,
  };
}

export function reportBot(label: string, set: readonly BotOutcome[]): void {
  const c = botCijfers(set);
  console.log(
    `${label.padEnd(7)} n=${String(set.length).padStart(3)}  precision ${pct(c.right, c.given)} (${c.right}/${c.given})` +
      `  containment ${pct(c.right, c.inScope)} (${c.right}/${c.inScope})` +
      `  out-of-scope handoff ${pct(c.outScopeHandedOver, c.outScope)} (${c.outScopeHandedOver}/${c.outScope})` +
      `  ambiguous ${c.ambiguous} (right one offered ${c.ambiguousHit})`,
  );
}

/**
 * Leave-one-writer-out: the bot model (fitBotModel) fitted on the other writers, each writer's
 * questions answered by it; printed per writer and pooled. Returns the left-out outcomes.
 * With `learnExamples`, the matcher also learns the other writers' in-scope questions as
 * examples (as a deployed bot learns agents' confirmed wrap-ups), and the model is fitted nested
 * (fitBotModelLearning: each training writer ranked by a matcher that learnt only the others').
 */
export function leftOutBot(
  articles: readonly KnowledgeArticle[],
  questions: readonly LabelledQuestion[],
  answerThreshold?: number,
  { learnExamples = false } = {},
): { q: LabelledQuestion; a: BotAnswer }[] {
  const leftOut = leaveOneWriterOut(
    questions,
    (training, writer) => {
      const model = learnExamples ? fitBotModelLearning(articles, training, writerOf) : fitBotModel(articles, training);
      console.log(
        `  fitted without ${writer}: threshold ${model.answerThreshold.toFixed(3)}` +
          ('fitPrecision' in model ? ` (fitted for precision ${model.fitPrecision})` : ''),
      );
      const matcher = createMatcher(articles, { ...model, ...(answerThreshold === undefined ? {} : { answerThreshold }) });
      // The same weights with no threshold: what the bot would answer at any threshold, for the curve.
      const open = createMatcher(articles, { ...model, answerThreshold: 0 });
      if (learnExamples) for (const m of [matcher, open]) m.train(examplesOf(training));
      return { matcher, open };
    },
    ({ matcher, open }, q) => ({ a: matcher.answer(q.text), open: open.answer(q.text) }),
  );
  const outcomes = leftOut.map(({ item, outcome }) => ({ q: item, a: outcome.a }));
  console.log(
    learnExamples
      ? "leave-one-writer-out, the other writers' in-scope questions also learnt as wrap-up examples (model fitted nested):"
      : 'leave-one-writer-out (fitted on the other writers, scored on the one left out):',
  );
  reportByWriter(outcomes, (o) => writerOf(o.q), reportBot);
  printCurve(leftOut.map(({ item, outcome }) => ({ q: item, a: outcome.open })));
  return outcomes;
}

/**
 * Precision against containment on the left-out writers, pooled, had every fold answered from one
 * fixed threshold instead of its fitted one (the weights stay those fitted without the writer).
 */
function printCurve(open: readonly { q: LabelledQuestion; a: BotAnswer }[]): void {
  console.log('left-out precision/containment curve (pooled, fixed thresholds):');
  for (const threshold of [0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98]) {
    const set = open.map(({ q, a }) => ({
      q,
      a: answered({ q, a }) && a.confidence >= threshold ? a : { ...a, handoff: true, articleId: null },
    }));
    const c = botCijfers(set);
    console.log(
      `  threshold ${threshold.toFixed(2)}  precision ${pct(c.right, c.given)} (${c.right}/${c.given})  containment ${pct(c.right, c.inScope)}` +
        `  out-of-scope handoff ${pct(c.outScopeHandedOver, c.outScope)}`,
    );
  }
}
