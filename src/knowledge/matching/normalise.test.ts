import { describe, expect, it } from 'vitest';
import { splitCompound } from './compounds.ts';
import { foldText, tokenise } from './normalise.ts';
import { stemDutch } from './stem-nl.ts';
import { buildSynonymTable, findSynonyms } from './synonyms.ts';

describe('normalise', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Verifiëren Café')).toBe('verifieren cafe');
  });

  it('keeps parts and the joined form of hyphenated words', () => {
    expect(tokenise('ID-kaart kwijt')).toEqual(['id', 'kaart', 'idkaart', 'kwijt']);
  });
});

describe('stemDutch', () => {
  it.each([
    ['vergunningen', 'vergunn'],
    ['vergunning', 'vergunn'],
    ['lichamelijke', 'licham'],
    ['mogelijkheden', 'mogelijk'],
    ['katten', 'kat'],
    ['bomen', 'bom'],
    ['boom', 'bom'],
  ])('%s → %s', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });

  it('brings bladkorven and bladkorf together', () => {
    expect(stemDutch('bladkorven')).toBe(stemDutch('bladkorf'));
  });
});

describe('compounds', () => {
  const vocabulary = new Map([
    ['grof', 2],
    ['vuil', 3],
    ['gemeente', 5],
    ['belasting', 4],
  ]);

  it('splits against the vocabulary, with a linking s or none', () => {
    expect(splitCompound('grofvuil', vocabulary)).toEqual(['grof', 'vuil']);
    expect(splitCompound('gemeentebelasting', vocabulary)).toEqual(['gemeente', 'belasting']);
  });

  it('leaves words alone that do not consist of known parts', () => {
    expect(splitCompound('schaatsbaan', vocabulary)).toBeNull();
  });
});

describe('synonyms', () => {
  it('finds multi-word phrases and maps them to the canonical form', () => {
    const table = buildSynonymTable([['identiteitskaart', 'id kaart', 'identity card']]);
    expect(findSynonyms(['mijn', 'identity', 'card'], table)).toEqual([{ canonical: 'identiteitskaart', start: 1 }]);
  });
});
