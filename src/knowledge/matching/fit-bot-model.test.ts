import { describe, expect, it } from 'vitest';
import { fitBotModel } from './fit-bot-model.ts';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';
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

describe('writerOf', () => {
  it('reads the writer from a labelled id', () => {
    expect(writerOf({ id: 'devA-0002' })).toBe('devA');
    expect(writerOf({ id: 'dev-0001' })).toBe('dev');
    expect(writerOf({ id: 'devtB-017' })).toBe('devtB');
  });
});
