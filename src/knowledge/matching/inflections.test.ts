import { describe, expect, it } from 'vitest';
import { diminutiveBase, verbInfinitive } from './inflections.ts';

const vocabulary = new Set(['houden', 'bepalen', 'halen', 'wonen', 'verhuizen', 'zetten', 'regelen', 'buien', 'schuur', 'kar', 'boom']);
const isWord = (w: string): boolean => vocabulary.has(w);

describe('verbInfinitive', () => {
  it.each([
    ['bepaald', 'bepalen'],
    ['bepaalt', 'bepalen'],
    ['haalde', 'halen'],
    ['gehaald', 'halen'],
    ['gewoond', 'wonen'],
    ['verhuisd', 'verhuizen'],
    ['geregeld', 'regelen'],
    ['houdende', 'houden'],
  ])('%s → %s', (form, infinitive) => {
    expect(verbInfinitive(form, isWord)).toBe(infinitive);
  });

  it('leaves nouns ending in d or t alone when no such verb is known', () => {
    expect(verbInfinitive('kaart', isWord)).toBeNull();
    expect(verbInfinitive('tijd', isWord)).toBeNull();
  });

  it("follows 't kofschip: -ten after a vowel is no past tense (buiten is not buien)", () => {
    expect(verbInfinitive('buiten', isWord)).toBeNull();
  });
});

describe('diminutiveBase', () => {
  it.each([
    ['schuurtje', 'schuur'],
    ['karretje', 'kar'],
    ['boompjes', 'boom'],
  ])('%s → %s', (form, base) => {
    expect(diminutiveBase(form, isWord)).toBe(base);
  });

  it('needs the base to be a known word', () => {
    expect(diminutiveBase('meisje', isWord)).toBeNull();
  });
});
