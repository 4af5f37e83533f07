import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';
import { createMatcher } from './matcher.ts';
import type { KnowledgeArticle } from './types.ts';

const lifeEventArticles: readonly KnowledgeArticle[] = [
  ...FIXTURE_ARTICLES,
  {
    id: 'geboorte',
    type: 'artikel',
    category: 'burgerzaken',
    title: 'Geboorteaangifte doen',
    keywords: ['geboorteaangifte', 'geboorte'],
    summary: 'Doe binnen drie werkdagen na de geboorte aangifte in het stadhuis.',
    body: 'Doe binnen drie werkdagen na de geboorte aangifte in het stadhuis.',
  },
  {
    id: 'bijstand',
    type: 'artikel',
    category: 'werk-en-inkomen',
    title: 'Bijstandsuitkering aanvragen',
    keywords: ['bijstand', 'uitkering'],
    summary: 'Heeft u niet genoeg geld om van te leven? Vraag een bijstandsuitkering aan.',
    body: 'Heeft u niet genoeg geld om van te leven? Vraag een bijstandsuitkering aan.',
  },
];

describe('createMatcher().classify on texts that name no product', () => {
  const matcher = createMatcher(lifeEventArticles);

  it('reads a pregnancy as the geboorteaangifte it leads to, and leaves the bot to the words the asker used', () => {
    const text = 'Mijn vrouw is zwanger en uitgerekend in maart, wat moeten we regelen?';
    expect(matcher.classify(text)).toMatchObject({ category: 'burgerzaken', articleId: 'geboorte' });
    const best = matcher.rank(text, true).candidates[0];
    expect(best?.article.id === 'geboorte' && best.lexical > 0).toBe(false);
  });

  it('reads losing one’s job as the bijstand', () => {
    expect(matcher.classify('ik ben ontslagen en mijn ww loopt af, wat nu?').category).toBe('werk-en-inkomen');
  });
});

describe('createMatcher().train and classify', () => {
  it('classifies with the examples learnt after the first classification', () => {
    const matcher = createMatcher(FIXTURE_ARTICLES);
    expect(matcher.classify('iets over mijn viervoeter').articleId).not.toBe('hond');
    matcher.train([{ text: 'viervoeter', articleId: 'hond' }]);
    expect(matcher.classify('iets over mijn viervoeter')).toMatchObject({ category: 'belastingen', articleId: 'hond' });
  });
});
