import { describe, expect, it } from 'vitest';
import { findDisclosures } from './disclosures.ts';
import { dialogue } from './test-dialogue.ts';

const kindsAt = (segments: ReturnType<typeof dialogue>, index: number) =>
  findDisclosures(segments).filter((d) => d.segment === index).map((d) => d.kind).sort();

describe('findDisclosures', () => {
  it('finds an address read out as a check question, but not the caller’s own address repeated', () => {
    const call = dialogue(['klant', 'Ik woon op de Gansstraat 40.'], ['agent', 'Gansstraat 40, dank u. Of bent u het van de Merelweg 3?']);
    expect(kindsAt(call, 1)).toEqual(['adres']);
  });
  it('finds phone numbers and e-mail addresses from the records, not general service numbers', () => {
    const call = dialogue(
      ['klant', 'Bel me maar terug.'],
      ['agent', 'We hebben nul zes, elf, tweeëntwintig, drieëndertig, vierenveertig. En u krijgt mail op j punt boon at voorbeeld punt nl.'],
      ['agent', 'Of bel ons algemene nummer, veertien nul vijf acht.'],
    );
    expect(kindsAt(call, 1)).toEqual(['email', 'telefoonnummer']);
    expect(kindsAt(call, 2)).toEqual([]);
  });
  it('tells a personal amount from a general fee', () => {
    const call = dialogue(['agent', 'Er staat nog tweehonderd euro vijftig open op uw aanslag.'], ['agent', 'Een rijbewijs kost veertig euro.']);
    expect(kindsAt(call, 0)).toEqual(['bedrag']);
    expect(kindsAt(call, 1)).toEqual([]);
  });
  it('finds case status and names from the records', () => {
    const call = dialogue(
      ['klant', 'Met Anouk Prins.'],
      ['agent', 'Dank u, mevrouw Prins. Ik zie dat uw bezwaar is afgewezen, na een zienswijze van uw buurvrouw, mevrouw Claes.'],
    );
    expect(kindsAt(call, 1)).toEqual(['naam', 'zaakstatus']);
  });
  it('finds IBAN, BSN and date of birth the caller did not say', () => {
    const call = dialogue(['agent', 'Het gaat naar NL91 ABNA 0417 1643 00. Uw BSN is 111222333 en u bent geboren op 4 mei 1970.']);
    expect(kindsAt(call, 0)).toEqual(['bsn', 'geboortedatum', 'iban']);
  });
  it('ignores general information', () => {
    const call = dialogue(['agent', 'Het stadhuis is open van negen tot vijf. U kunt een afspraak maken via de website.']);
    expect(findDisclosures(call)).toEqual([]);
  });
});
