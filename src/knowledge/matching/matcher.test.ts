import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';
import { createMatcher } from './matcher.ts';

describe('createMatcher().answer', () => {
  const matcher = createMatcher(FIXTURE_ARTICLES, { answerThreshold: 0.5 });

  it('answers an exact product question with its article', () => {
    const a = matcher.answer('Hoe meld ik een kapotte lantaarnpaal?');
    expect(a).toMatchObject({ handoff: false, articleId: 'lantaarn', reason: 'answered' });
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('maps the synonym ID-kaart (and idkaart) to the identiteitskaart article', () => {
    expect(matcher.rank('ID-kaart aanvragen').candidates[0]?.article.id).toBe('id-kaart');
    expect(matcher.rank('mn idkaart aanvragen').candidates[0]?.article.id).toBe('id-kaart');
  });

  it('finds grofvuil when it is written as two words', () => {
    expect(matcher.rank('grof vuil laten ophalen').candidates[0]?.article.id).toBe('grofvuil');
  });

  it('understands a few English words through the synonym list', () => {
    expect(matcher.rank('I need a new passport').candidates[0]?.article.id).toBe('paspoort');
  });

  it('hands off when the asker wants a person', () => {
    expect(matcher.answer('ik wil een medewerker spreken')).toMatchObject({
      handoff: true,
      articleId: null,
      reason: 'handoff_request',
    });
  });

  it('hands off emergencies without answering', () => {
    expect(matcher.answer('ik ruik gas in de keuken!').reason).toBe('emergency');
  });

  it('does not answer small talk or personal case questions', () => {
    expect(matcher.answer('hallo?')).toMatchObject({ handoff: true, articleId: null, reason: 'out_of_scope' });
    expect(matcher.answer('hoe staat het met mijn aanvraag, dossiernummer 123').articleId).toBeNull();
  });

  it('does not answer a question the knowledge base does not cover', () => {
    const a = matcher.answer('wanneer gaat de schaatsbaan open deze winter');
    expect(a.articleId).toBeNull();
    expect(a.handoff).toBe(true);
  });

  it('gives no answer below the threshold, even for the right topic', () => {
    const question = 'Hoe meld ik een kapotte lantaarnpaal?';
    const confidence = matcher.rank(question, true).confidence;
    const strict = createMatcher(FIXTURE_ARTICLES, { answerThreshold: confidence + 1e-6 });
    expect(strict.answer(question).articleId).toBeNull();
  });

  it('leaves out the topic the asker sets aside ("niet X maar Y")', () => {
    const question = 'Het gaat niet om mijn paspoort maar om een identiteitskaart voor mijn dochter';
    expect(matcher.rank(question).candidates[0]?.article.id).toBe('id-kaart');
  });

  it('is not put off by the sign-off and address of an e-mail', () => {
    const mail = 'Goedemiddag,\n\nKan ik mijn hond online aanmelden?\n\nMet vriendelijke groet,\nPetra Zonneveld\nKlaverlaan 3';
    const plain = matcher.rank('Kan ik mijn hond online aanmelden?');
    const framed = matcher.rank(mail);
    expect(framed.candidates[0]?.article.id).toBe('hond');
    expect(framed.features.unknownShare).toBe(plain.features.unknownShare);
  });

  it('never answers with an internal werkinstructie', () => {
    expect(matcher.answer('terugbelverzoek aanmaken vakteam').articleId).not.toBe('wi-bellen');
  });

  it('offers alternatives instead of guessing between two close articles', () => {
    const a = createMatcher(FIXTURE_ARTICLES, { answerThreshold: 0.999 }).answer('paspoort of identiteitskaart aanvragen stadhuis');
    expect(a.reason).toBe('ambiguous');
    expect(a.alternatives.map((x) => x.articleId).sort()).toEqual(['id-kaart', 'paspoort']);
  });

  it('hands a complaint without a fitting article to a person', () => {
    expect(matcher.answer('Het gaat hier weer helemaal mis. Schandalig!').reason).toBe('complaint');
  });
});

describe('createMatcher().train', () => {
  it('learns wording from examples that the articles do not contain', () => {
    const matcher = createMatcher(FIXTURE_ARTICLES);
    const before = matcher.rank('iets over mijn viervoeter').candidates[0]?.article.id;
    matcher.train([{ text: 'viervoeter', articleId: 'hond' }]);
    expect(before).not.toBe('hond');
    expect(matcher.rank('iets over mijn viervoeter').candidates[0]?.article.id).toBe('hond');
  });

  // The fixture's paspoort article is about travel documents; its examples below are about appointments.
  const appointment = (i: number) =>
    ['Kan ik online een afspraak maken?', 'kan ik online een afspraak maken', 'KAN IK ONLINE EEN AFSPRAAK MAKEN!!'][i % 3] as string;
  const idQuestion = 'kan ik online een afspraak maken voor een idkaart';

  it('counts an example confirmed fifty times no more than once', () => {
    const once = createMatcher(FIXTURE_ARTICLES);
    once.train([{ text: appointment(0), articleId: 'paspoort' }]);
    const often = createMatcher(FIXTURE_ARTICLES);
    often.train(Array.from({ length: 50 }, (_, i) => ({ text: appointment(i), articleId: 'paspoort' })));
    const score = (m: typeof once) => m.rank(idQuestion, true).candidates.find((c) => c.article.id === 'paspoort')?.score;
    expect(score(often)).toBeCloseTo(score(once) as number, 9);
    expect(often.rank(idQuestion, true).features).toEqual(once.rank(idQuestion, true).features);
  });

  it('does not let fifty near-identical examples of one article outrank the article whose title names the product', () => {
    const matcher = createMatcher(FIXTURE_ARTICLES);
    const variants = ['graag', 'snel', 'vandaag', 'morgen', 'deze week'];
    matcher.train(
      Array.from({ length: 50 }, (_, i) => ({ text: `${appointment(0)} ${variants[i % variants.length]}`, articleId: 'paspoort' })),
    );
    const ranking = matcher.rank(idQuestion, true);
    expect(ranking.candidates[0]?.article.id).toBe('id-kaart');
    // The nearest example is the paspoort article's, but the best article has none.
    expect(ranking.features.exampleSimilarity).toBe(0);
    expect(ranking.features.exampleLead).toBeLessThan(0);
  });

  it('sees a question close to a confirmed example of the best article in the confidence features', () => {
    const matcher = createMatcher(FIXTURE_ARTICLES);
    const before = matcher.rank('mijn viervoeter aanmelden', true);
    matcher.train([{ text: 'hoe meld ik mijn viervoeter aan', articleId: 'hond' }]);
    const after = matcher.rank('mijn viervoeter aanmelden', true);
    expect(before.features.exampleLead).toBe(0);
    expect(after.candidates[0]?.article.id).toBe('hond');
    expect(after.features.exampleSimilarity).toBeGreaterThan(0.1);
    expect(after.features.exampleLead).toBe(after.features.exampleSimilarity);
  });

  it('does not let a single odd example make the bot answer an unrelated question with its article', () => {
    const matcher = createMatcher(FIXTURE_ARTICLES);
    matcher.train([{ text: 'wanneer gaat de schaatsbaan open', articleId: 'hond' }]);
    const question = 'wanneer gaat de schaatsbaan deze winter open';
    // The example does pull its article to the top of the ranking; the confidence must not follow.
    expect(matcher.rank(question, true).candidates[0]?.article.id).toBe('hond');
    expect(matcher.answer(question).articleId).toBeNull();
  });

  it('raises the confidence for a paraphrase when several confirmed examples agree, more than one alone', () => {
    const question = 'mag mijn viervoeter mee in de bus';
    const trained = (texts: readonly string[]) => {
      const matcher = createMatcher(FIXTURE_ARTICLES);
      matcher.train(texts.map((text) => ({ text, articleId: 'hond' })));
      return matcher.rank(question, true);
    };
    const none = trained([]);
    const one = trained(['mag mijn hond mee in de bus']);
    const several = trained(['mag mijn hond mee in de bus', 'mag de viervoeter mee in het openbaar vervoer', 'hond meenemen in de bus']);
    expect(none.candidates[0]?.article.id).not.toBe('hond');
    expect(several.candidates[0]?.article.id).toBe('hond');
    expect(several.confidence).toBeGreaterThan(one.confidence + 0.3);
    expect(several.confidence).toBeGreaterThan(none.confidence + 0.3);
  });

  it('ignores examples for unknown articles', () => {
    const matcher = createMatcher(FIXTURE_ARTICLES);
    expect(() => matcher.train([{ text: 'iets', articleId: 'bestaat-niet' }])).not.toThrow();
  });
});

describe('createMatcher().classify', () => {
  const matcher = createMatcher(FIXTURE_ARTICLES);

  it('always returns one of the knowledge-base categories', () => {
    const categories = new Set(FIXTURE_ARTICLES.map((a) => a.category));
    for (const text of ['blauwe giraffe soep', 'lantaarnpaal stuk', '']) {
      expect(categories.has(matcher.classify(text).category)).toBe(true);
    }
  });

  it('names the article when sure', () => {
    expect(matcher.classify('Onze hond aanmelden voor de hondenbelasting')).toMatchObject({
      category: 'belastingen',
      articleId: 'hond',
    });
  });
});
