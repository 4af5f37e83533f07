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
  it('takes a one-breath opening for someone else: name, birth date and address before any question', () => {
    const call = dialogue(
      ['agent', 'Gemeente Lindendaal, met Olaf.'],
      [
        'klant',
        'Ik bel voor mijn vader, hij hoort slecht. Het gaat om Gerardus Peeters, geboren eenentwintig maart negentienvierendertig, Weteringstraat 5, 3551 TC.',
      ],
      ['agent', 'Dank u wel. Mag ik ook uw eigen naam?'],
    );
    expect(findVerification(call)).toBe(1);
  });
  it('keeps collecting the same person when the agent asks on without saying whose', () => {
    const call = dialogue(
      ['klant', 'Goedemorgen, met Joris Meijer. Ik bel namens mijn vrouw.'],
      ['agent', 'Wat is de naam van uw vrouw?'],
      ['klant', 'Sabine Meijer-de Wit.'],
      ['agent', 'En haar geboortedatum?'],
      ['klant', 'Twaalf oktober negentiendrieëntachtig.'],
      ['agent', 'Mag ik ook de postcode en het huisnummer?'],
      ['klant', 'Ja, 3542 LD, nummer achtenvijftig.'],
    );
    expect(findVerification(call)).toBe(6);
  });
  it('counts "we wonen" for both, and "Daan is van" as the named child\'s birth date', () => {
    const call = dialogue(
      ['klant', 'Met Ingrid Smit. Ik bel over mijn zoon.'],
      ['agent', 'Hoe heet uw zoon?'],
      ['klant', 'Daan Verbeek.'],
      ['agent', 'Ik heb de geboortedatum van Daan nodig, die van uzelf, en uw adres.'],
      [
        'klant',
        'Daan is van drie februari tweeduizendveertien. Ik ben van negentien mei negentien tweeëntachtig. We wonen op de Narcissenlaan 31.',
      ],
    );
    expect(findVerification(call)).toBe(4);
  });
  it('waits for the other person when the caller gave only their own details', () => {
    const call = dialogue(
      ['klant', 'Met Esther Kok. Ik ben de dochter van Arie Kok, ik regel alles voor hem.'],
      ['agent', 'Mag ik uw geboortedatum en uw postcode?'],
      ['klant', 'Zestien augustus negentien zeventig. 3546 HB, nummer 21.'],
      ['agent', 'Wacht, het gaat om uw vader. Wat is zijn geboortedatum, en zijn adres?'],
      ['klant', 'Acht mei negentien eenenveertig. Hij woont op de Maalderij 5.'],
    );
    expect(findVerification(call)).toBe(4);
  });
  it('reads a postcode whose letters are spoken ("ka em")', () => {
    const call = dialogue(
      ['klant', 'Goedemiddag, met Priscilla Goedhart.'],
      ['agent', 'Mag ik uw geboortedatum en postcode?'],
      ['klant', 'Zes december negentiennegentig. En mijn postcode is drie vijf vier vier, ka em. Nummer negen.'],
    );
    expect(findVerification(call)).toBe(2);
  });
  it('takes an address without a street ending when the agent asked for it', () => {
    const call = dialogue(
      ['klant', 'Met Wouter Brink.'],
      ['agent', 'Uw geboortedatum?'],
      ['klant', 'Negen juni negentien vijfenzeventig.'],
      ['agent', 'En uw adres?'],
      ['klant', 'Achter de Molen 17.'],
    );
    expect(findVerification(call)).toBe(4);
  });
  it('does not take a place named in the question as the caller’s address', () => {
    const call = dialogue(
      ['klant', 'Met Wouter Brink, geboren negen juni 1975. De lantaarnpaal bij de Eikenlaan 40 doet het niet.'],
      ['agent', 'En uw postcode?'],
      ['klant', '3547 RT.'],
    );
    expect(findVerification(call)).toBe(2);
  });
  it('does not take the date of an event as a birth date', () => {
    const call = dialogue(
      ['klant', 'Met Wouter Brink, ik woon sinds 1 maart 2004 op de Eikenlaan 40.'],
      ['agent', 'Uw geboortedatum?'],
      ['klant', 'Negen juni negentien vijfenzeventig.'],
    );
    expect(findVerification(call)).toBe(2);
  });
  it('reads a birth date said as ordinals when asked ("de negende van de zesde")', () => {
    const call = dialogue(
      ['klant', 'Met Wouter Brink, postcode 3547 RT.'],
      ['agent', 'Wat is uw geboortedatum?'],
      ['klant', 'De negende van de zesde, vijfenzeventig.'],
    );
    expect(findVerification(call)).toBe(2);
  });
  it('takes "mijn voornaam is …" as the first name, whatever the agent asked last', () => {
    const call = dialogue(
      ['klant', 'Met Hoekstra.'],
      ['agent', 'Mag ik uw geboortedatum en postcode?'],
      ['klant', 'Zeventien mei negentien vijftig, 3548 KC.'],
      ['agent', 'Dank u. Wat kan ik voor u doen?'],
      ['klant', 'Mijn voornaam is Gerrit, trouwens. Het gaat om de container.'],
    );
    expect(findVerification(call)).toBe(4);
  });
});
