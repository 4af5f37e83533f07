import { describe, expect, it } from 'vitest';
import { dialogue } from './test-dialogue.ts';
import { findVerification } from './verification.ts';

describe('findVerification', () => {
  it('is the caller turn that gives the last of name, date of birth and postcode', () => {
    const call = dialogue(
      ['agent', 'Gemeente Noordhaven, met Tim.'],
      ['klant', 'Goedemiddag, u spreekt met Esther de Jong. Ik bel over de rioolheffing.'],
      ['agent', 'Dan heb ik eerst uw geboortedatum nodig.'],
      ['klant', 'Elf maart negentienachtenzeventig.'],
      ['agent', 'En uw postcode?'],
      ['klant', 'Dat is 4811 ZK.'],
    );
    expect(findVerification(call)).toBe(5);
  });
  it('accepts everything volunteered in one breath, and a street with house number', () => {
    const call = dialogue(['klant', 'Hallo, Bas Kramer hier, geboren 2 mei 1981, ik woon op de Gansstraat 40.'], ['agent', 'Dank u.']);
    expect(findVerification(call)).toBe(0);
  });
  it('needs a full name: a surname alone is not enough until the first name follows', () => {
    const call = dialogue(
      ['klant', 'Met Verbeek.'],
      ['agent', 'Uw geboortedatum en postcode?'],
      ['klant', 'Negen negen zeventig, en 1234 AB.'],
      ['agent', 'En uw voornaam?'],
      ['klant', 'Ingrid.'],
    );
    expect(findVerification(call)).toBe(4);
  });
  it('is null when a detail is never given or only partly', () => {
    const call = dialogue(
      ['klant', 'Met Rik Boon, geboren vier juli zestig.'],
      ['agent', 'En uw postcode?'],
      ['klant', '1234... nee, die weet ik niet.'],
    );
    expect(findVerification(call)).toBeNull();
  });
  it('requires the details of the person the call is about', () => {
    const call = dialogue(
      ['klant', 'Ik bel namens mijn oma, met Joris Wit, geboren drie maart negentig, 2000 AA.'],
      ['agent', 'Hoe heet uw oma?'],
      ['klant', 'Trees Wit.'],
      ['agent', 'En haar geboortedatum en postcode?'],
      ['klant', 'Twaalf mei negentienvijfendertig. Postcode 2000 AB.'],
    );
    expect(findVerification(call)).toBe(4);
  });
  it('follows the phone when the caller hands it to the person it is about', () => {
    const call = dialogue(
      ['klant', 'Met Eva Smit, geboren 1 juni 1990, postcode 3000 AA. Het gaat om de uitkering van mijn man.'],
      ['agent', 'Staat die op uw naam?'],
      ['klant', 'Nee, op die van mijn man. Hij zit hier naast me.'],
      ['klant', 'Ja, met Koen Smit.'],
      ['agent', 'Uw geboortedatum en postcode?'],
      ['klant', 'Vijf mei tachtig, 3000 AA.'],
    );
    expect(findVerification(call)).toBe(5);
  });
});
