import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyser } from './analyse.ts';
import { stemDutch } from './stem-nl.ts';
import { buildSynonymTable } from './synonyms.ts';

const analyser = createAnalyser(
  buildVocabulary(['Wij bepalen de waarde van uw woning.', 'Asbest brengt u naar de milieustraat.', 'houden']),
  buildSynonymTable([]),
);
const terms = (text: string): string[] => analyser.analyse(text).terms.map((t) => t.term);

describe('createAnalyser', () => {
  it('brings a past participle to the infinitive the articles use', () => {
    expect(terms('Hoe wordt de waarde bepaald?')).toContain(stemDutch('bepalen'));
  });

  it('splits a compound whose tail is an inflected form of a known word', () => {
    expect(terms('asbesthoudende golfplaten')).toContain(stemDutch('asbest'));
  });

  it('ignores unknown street names, also in lower case', () => {
    expect(analyser.analyse('ik woon op de merelstraat').sources).toBe(1);
  });

  it('does not count dates and auxiliaries as topic words', () => {
    expect(analyser.analyse('gisteren heb ik het gekregen').sources).toBe(0);
  });
});
