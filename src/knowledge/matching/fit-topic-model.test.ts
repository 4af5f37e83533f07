import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';
import { fitOnRankings, fitTopicModel } from './fit-topic-model.ts';
import type { Ranking } from './matcher.ts';

const article = (id: string) => {
  const doc = FIXTURE_ARTICLES.findIndex((a) => a.id === id);
  return { doc, article: FIXTURE_ARTICLES[doc]! };
};
const row = (want: string, scores: [string, number][], confidence: number) => {
  const candidates = scores.map(([id, score]) => ({ ...article(id), score, lexical: score, ngram: score }));
  return {
    q: { text: '', articleId: want, category: article(want).article.category },
    // Word and n-gram evidence are equal here, so every mix ranks alike.
    ranking: { candidates, topBy: (_share: number, count: number) => candidates.slice(0, count), confidence } as unknown as Ranking,
  };
};

describe('fitOnRankings', () => {
  it('chooses the vote share that gets most categories right, and threshold 0 when naming never costs accuracy', () => {
    const rows = [
      // Two close burgerzaken articles behind a lone belastingen one: only a vote gets these right.
      row(
        'paspoort',
        [
          ['hond', 0.6],
          ['paspoort', 0.56],
          ['id-kaart', 0.55],
        ],
        0.3,
      ),
      row(
        'id-kaart',
        [
          ['grofvuil', 0.5],
          ['id-kaart', 0.48],
          ['paspoort', 0.47],
        ],
        0.2,
      ),
      row(
        'hond',
        [
          ['hond', 0.9],
          ['paspoort', 0.2],
        ],
        0.9,
      ),
    ];
    expect(fitOnRankings(rows)).toMatchObject({ threshold: 0, voteShare: 0.9 });
  });

  it('keeps vote share 1 when the best article alone is as good', () => {
    const rows = [
      row(
        'hond',
        [
          ['hond', 0.9],
          ['paspoort', 0.85],
          ['id-kaart', 0.8],
        ],
        0.5,
      ),
    ];
    expect(fitOnRankings(rows).voteShare).toBe(1);
  });
});

describe('fitTopicModel', () => {
  it('fits on the classifier ranking of the questions with a category', () => {
    const model = fitTopicModel(FIXTURE_ARTICLES, [
      { text: 'ik wil een nieuw paspoort aanvragen', articleId: 'paspoort', category: 'burgerzaken' },
      { text: 'grof vuil laten ophalen', articleId: 'grofvuil', category: 'afval' },
      { text: 'wat is het weer morgen', articleId: null, category: null },
    ]);
    expect(model.threshold).toBe(0);
    expect(model.voteShare).toBeGreaterThan(0);
  });
});
