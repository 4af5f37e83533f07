import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';
import { topicGuess } from './topic-guess.ts';

const byId = (id: string) => {
  const doc = FIXTURE_ARTICLES.findIndex((a) => a.id === id);
  return { doc, article: FIXTURE_ARTICLES[doc]! };
};
/** A ranking with the given word (lexical) and n-gram evidence per article. */
const mixed = (scores: [string, number, number][], confidence: number) => {
  const candidates = scores.map(([id, lexical, ngram]) => ({ ...byId(id), score: (lexical + ngram) / 2, lexical, ngram }));
  return {
    confidence,
    topBy: (share: number, count: number) =>
      candidates
        .map((c) => ({ ...c, score: share * c.lexical + (1 - share) * c.ngram }))
        .sort((a, b) => b.score - a.score)
        .slice(0, count),
  };
};
const ranking = (scores: [string, number][], confidence: number) =>
  mixed(
    scores.map(([id, s]) => [id, s, s]),
    confidence,
  );
// A lone belastingen article just ahead of two burgerzaken articles close behind it.
const close = ranking(
  [
    ['hond', 0.6],
    ['paspoort', 0.55],
    ['id-kaart', 0.5],
    ['grofvuil', 0.1],
  ],
  0.4,
);

describe('topicGuess', () => {
  it('lets the best article alone decide at vote share 1', () => {
    expect(topicGuess(close, { threshold: 0, voteShare: 1, lexicalShare: 0.5 })).toEqual({
      category: 'belastingen',
      articleId: 'hond',
      confidence: 0.4,
    });
  });

  it('lets two close articles of one category outvote a lone best one, and names the best of that category', () => {
    expect(topicGuess(close, { threshold: 0, voteShare: 0.8, lexicalShare: 0.5 })).toMatchObject({
      category: 'burgerzaken',
      articleId: 'paspoort',
    });
  });

  it('names no article below the threshold, but still a category', () => {
    expect(topicGuess(close, { threshold: 0.5, voteShare: 1, lexicalShare: 0.5 })).toEqual({
      category: 'belastingen',
      articleId: null,
      confidence: 0.4,
    });
  });

  it('guesses nothing from an empty ranking', () => {
    expect(topicGuess(ranking([], 0), { threshold: 0, voteShare: 1, lexicalShare: 0.5 })).toBeNull();
  });

  it('reads the ranking with its own mix of word and n-gram evidence', () => {
    // hond leads on n-grams, paspoort on words.
    const split = mixed(
      [
        ['hond', 0.2, 0.9],
        ['paspoort', 0.6, 0.3],
      ],
      0.4,
    );
    expect(topicGuess(split, { threshold: 0, voteShare: 1, lexicalShare: 0.2 })?.articleId).toBe('hond');
    expect(topicGuess(split, { threshold: 0, voteShare: 1, lexicalShare: 0.8 })?.articleId).toBe('paspoort');
  });
});
