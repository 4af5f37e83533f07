import { describe, expect, it } from 'vitest';
import { choosePrecisionAcrossRegimes, givenAnswers, safeThreshold } from './fit-bot-model.ts';
import { row, separable } from './ranked-rows.test-helpers.ts';
import { fitBotModelAcrossRegimes } from './fit-bot-regimes.ts';
import { chooseThreshold } from './fit-confidence.ts';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';

const surprising = [...separable.slice(0, 2), [...(separable[2] ?? []), ...Array.from({ length: 4 }, () => row(0.95, false))]];

describe('choosePrecisionAcrossRegimes', () => {
  it('needs no margin over the target when the groups agree in every regime', () => {
    expect(choosePrecisionAcrossRegimes([separable, separable])).toBe(0.97);
  });

  it('asks for more precision when a group left out is surprised in one regime only', () => {
    expect(choosePrecisionAcrossRegimes([separable, surprising])).toBeGreaterThan(0.97);
  });
});

describe('safeThreshold', () => {
  it('reaches the precision in each regime on its own, not only pooled over them', () => {
    const weights = { top: 1, margin: 0, lexical: 10, ngram: 0, unknownShare: 0, agreement: 0, logWords: 0, bias: -5 };
    // Four confident wrong answers among the right ones, in the second regime only.
    const regimes = [separable.flat(), [...separable.flat(), ...Array.from({ length: 4 }, () => row(0.7, false))]];
    const precision = 0.95;
    const threshold = safeThreshold(regimes, weights, precision);
    for (const rows of regimes) {
      const answered = givenAnswers(rows, weights).filter((a) => a.confidence >= threshold);
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.filter((a) => a.correct).length / answered.length).toBeGreaterThanOrEqual(precision);
    }
    expect(threshold).toBeGreaterThan(chooseThreshold(givenAnswers(regimes.flat(), weights), precision));
  });
});

describe('fitBotModelAcrossRegimes', () => {
  const training = [
    { text: 'Hoe meld ik een kapotte lantaarnpaal?', articleId: 'lantaarn', group: 'a' },
    { text: 'lantaarnpaal doet het niet', articleId: 'lantaarn', group: 'b' },
    { text: 'straatlamp is kapot', articleId: 'lantaarn', group: 'c' },
    { text: 'ik wil een nieuw paspoort aanvragen', articleId: 'paspoort', group: 'a' },
    { text: 'paspoort verlopen wat nu', articleId: 'paspoort', group: 'b' },
    { text: 'grof vuil laten ophalen', articleId: 'grofvuil', group: 'c' },
    { text: 'mn idkaart aanvragen', articleId: 'id-kaart', group: 'a' },
    { text: 'hoeveel kost een hondenpenning in Utrecht', articleId: null, group: 'b' },
    { text: 'wat is het weer morgen', articleId: null, group: 'c' },
  ];

  it('learns nothing from the example features when no regime has examples', () => {
    const model = fitBotModelAcrossRegimes(FIXTURE_ARTICLES, training, (q) => q.group, { regimes: [0], precision: 0.97 });
    expect(model.weights.exampleSimilarity).toBe(0);
    expect(model.weights.exampleLead).toBe(0);
  });

  it('fits the example features once regimes with examples are mixed in', () => {
    const model = fitBotModelAcrossRegimes(FIXTURE_ARTICLES, training, (q) => q.group, { regimes: [0, 'all'], precision: 0.97 });
    expect(model.weights.exampleLead).not.toBe(0);
    expect(model.fitPrecision).toBe(0.97);
    expect(model.answerThreshold).toBeGreaterThan(0);
    expect(model.answerThreshold).toBeLessThanOrEqual(1);
  });
});
