import { describe, expect, it } from 'vitest';
import { findNameMentions, isNameWord, nameKeys } from './person-name.ts';

const simple = (text: string) =>
  findNameMentions(text).map(({ words, hasGivenName, hasSurname }) => ({ name: words.join(' '), hasGivenName, hasSurname }));

describe('findNameMentions', () => {
  it('finds full names with tussenvoegsels and double surnames', () => {
    expect(simple('Ja, met Femke van der Linden.')).toEqual([{ name: 'Femke van der Linden', hasGivenName: true, hasSurname: true }]);
    expect(simple('Ze heet Anna Smit-de Boer.')).toEqual([{ name: 'Anna Smit-de Boer', hasGivenName: true, hasSurname: true }]);
    expect(simple('Goedemiddag, Youssef el Idrissi hier.')).toEqual([{ name: 'Youssef el Idrissi', hasGivenName: true, hasSurname: true }]);
  });
  it('treats a name after a title or starting with a tussenvoegsel as a surname', () => {
    expect(simple('Goedemorgen, met De Boer.')).toEqual([{ name: 'De Boer', hasGivenName: false, hasSurname: true }]);
    expect(simple('Dag mevrouw Öztürk.')).toEqual([{ name: 'Öztürk', hasGivenName: false, hasSurname: true }]);
    expect(simple('Ik ben de dochter van Arie Kok.')).toEqual([{ name: 'Arie Kok', hasGivenName: true, hasSurname: true }]);
    expect(simple('Het gaat om meneer Ahmet Yilmaz.')).toEqual([{ name: 'Ahmet Yilmaz', hasGivenName: true, hasSurname: true }]);
  });
  it('leaves a single word undecided', () => {
    expect(simple('Karin.')).toEqual([{ name: 'Karin', hasGivenName: false, hasSurname: false }]);
  });
  it('ignores capitalised sentence starters and spelled-out letters', () => {
    expect(simple('Ja. Nee, eh, goedemorgen. Precies.')).toEqual([]);
    expect(isNameWord('B-o-e-r')).toBe(false);
  });
});

describe('nameKeys', () => {
  it('keeps the name words without tussenvoegsels, in lower case', () => {
    expect(nameKeys(['Anna', 'Smit-de', 'Boer'])).toEqual(['anna', 'smit', 'boer']);
  });
});
