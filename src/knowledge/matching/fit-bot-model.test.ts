import { describe, expect, it } from 'vitest';
import { choosePrecision, examplesOf, FIT_PRECISION, fitBotModel, fitBotModelLearning, nestedRankings } from './fit-bot-model.ts';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';
import { row, separable } from './ranked-rows.test-helpers.ts';
import { writerOf } from './lindendaal-data.ts';
import { createMatcher } from './matcher.ts';

const TRAINING = [
  { text: 'Hoe meld ik een kapotte lantaarnpaal?', articleId: 'lantaarn' },
  { text: 'lantaarnpaal doet het niet', articleId: 'lantaarn' },
  { text: 'ik wil een nieuw paspoort aanvragen', articleId: 'paspoort' },
  { text: 'grof vuil laten ophalen', articleId: 'grofvuil' },
  { text: 'mn idkaart aanvragen', articleId: 'id-kaart' },
  { text: 'hoeveel kost een hondenpenning in Utrecht', articleId: null },
  { text: 'wat is het weer morgen', articleId: null },
];

describe('fitBotModel', () => {
  it('chooses a threshold at which the answers on its own training questions are all right', () => {
    const model = fitBotModel(FIXTURE_ARTICLES, TRAINING, 1);
    const matcher = createMatcher(FIXTURE_ARTICLES, model);
    for (const q of TRAINING) {
      const a = matcher.answer(q.text);
      if (a.articleId !== null) expect(a.articleId).toBe(q.articleId);
    }
  });

  it('is a function of the training questions: other questions give another model', () => {
    const a = fitBotModel(FIXTURE_ARTICLES, TRAINING);
    const b = fitBotModel(FIXTURE_ARTICLES, TRAINING.slice(0, 3));
    expect(a.weights).not.toEqual(b.weights);
  });
});

describe('fitBotModelLearning', () => {
  const inScope = TRAINING.filter((q) => q.articleId !== null);

  it('never ranks a training question with itself learnt as an example', () => {
    // Each question its own group: its ranking may use every example but its own.
    const nested = nestedRankings(FIXTURE_ARTICLES, inScope, (q) => q.text);
    const flat = createMatcher(FIXTURE_ARTICLES);
    flat.train(examplesOf(inScope));
    inScope.forEach((q, i) => {
      const [row] = nested[i] ?? [];
      const withItself = flat.rank(q.text, true).features.exampleSimilarity;
      expect(withItself).toBeGreaterThan(0.5);
      expect(row?.features.exampleSimilarity ?? 0).toBeLessThan(withItself);
    });
  });

  it("ranks with a sample of the other groups' examples when given a regime, none with regime 0", () => {
    const groupOf = (q: (typeof TRAINING)[number]) => String(TRAINING.indexOf(q) % 2);
    const similarities = (regime: 0 | 1 | 'all') =>
      nestedRankings(FIXTURE_ARTICLES, inScope, groupOf, regime)
        .flat()
        .map((r) => r.features.exampleSimilarity);
    expect(similarities(0).every((s) => s === 0)).toBe(true);
    expect(similarities('all').some((s) => s > 0)).toBe(true);
    expect(similarities(1).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(similarities('all').reduce((a, b) => a + b, 0));
  });

  it('fits on the nested rankings, not on rankings that saw their own question', () => {
    const groupOf = (q: (typeof TRAINING)[number]) => String(TRAINING.indexOf(q) % 3);
    const model = fitBotModelLearning(FIXTURE_ARTICLES, TRAINING, groupOf, 1);
    expect(model.fitPrecision).toBe(1);
    expect(model.weights).toHaveProperty('exampleLead');
    expect(Number.isFinite(model.answerThreshold)).toBe(true);
  });
});

describe('choosePrecision', () => {
  it('needs no margin over the target when the groups agree', () => {
    expect(choosePrecision(separable)).toBe(0.97);
  });

  it('asks for more precision when a group left out gets wrong answers the others rank high', () => {
    const surprising = [...separable.slice(0, 2), [...(separable[2] ?? []), ...Array.from({ length: 4 }, () => row(0.95, false))]];
    expect(choosePrecision(surprising)).toBeGreaterThan(0.97);
  });

  it('keeps FIT_PRECISION with a single group', () => {
    expect(choosePrecision(separable.slice(0, 1))).toBe(FIT_PRECISION);
  });
});

describe('writerOf', () => {
  it('reads the writer from a labelled id', () => {
    expect(writerOf({ id: 'devA-0002' })).toBe('devA');
    expect(writerOf({ id: 'dev-0001' })).toBe('dev');
    expect(writerOf({ id: 'devtB-017' })).toBe('devtB');
  });
});
