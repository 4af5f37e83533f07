import { describe, expect, it } from 'vitest';
import { buildArticleIndex, buildArticleIndexCooperatively } from './article-index.ts';
import { loadKnowledgeBase } from './lindendaal-data.ts';
import { createMatcher } from './matcher.ts';
import { DEFAULT_SYNONYMS } from './synonym-list.ts';

const articles = loadKnowledgeBase();
const examples = [
  { text: 'mijn kliko is niet geleegd vandaag', articleId: articles[0]!.id },
  { text: 'waar haal ik een nieuwe pas', articleId: articles[1]!.id },
];
const questions = [
  'Wanneer wordt het grofvuil opgehaald?',
  'mn idkaart is gestolen wat nu',
  'Geachte heer/mevrouw,\n\nIk ben verhuisd naar de Lindelaan. Hoe geef ik mijn nieuwe adres door?\n\nMet vriendelijke groet',
  'waar haal ik een nieuwe pas',
];
const ranked = (index: ReturnType<typeof buildArticleIndex>, text: string) => {
  const r = index.rank(text);
  return { candidates: r.candidates, top5: r.top(0.7, 5), example: r.exampleSimilarity(r.candidates[0]!.doc), unmatched: r.unmatched };
};

describe('the article index built in slices', () => {
  it('ranks exactly as the index built at once', async () => {
    const atOnce = buildArticleIndex(articles, examples, DEFAULT_SYNONYMS);
    const inSlices = await buildArticleIndexCooperatively(articles, examples, DEFAULT_SYNONYMS);
    for (const q of questions) expect(ranked(inSlices, q)).toEqual(ranked(atOnce, q));
  });

  it("a matcher's prepare() gives the same answers, and an index begun before train() is not kept", async () => {
    const prepared = createMatcher(articles);
    const building = prepared.prepare('antwoorden');
    prepared.train(examples);
    await building;
    await prepared.prepare('onderwerpen');
    const plain = createMatcher(articles);
    plain.train(examples);
    for (const q of questions) {
      expect(prepared.answer(q)).toEqual(plain.answer(q));
      expect(prepared.classify(q)).toEqual(plain.classify(q));
      expect(prepared.rank(q).features.exampleSimilarity).toBe(plain.rank(q).features.exampleSimilarity);
    }
    // The index in use is the one with the examples: the learnt question ranks otherwise than without them.
    const learnt = 'waar haal ik een nieuwe pas';
    expect(prepared.rank(learnt).features).not.toEqual(createMatcher(articles).rank(learnt).features);
  });
});
