import { describe, expect, it } from 'vitest';
import { findDisclosures } from './disclosures.ts';
import { dialogue } from './test-dialogue.ts';

const kindsAt = (segments: ReturnType<typeof dialogue>, index: number) =>
  findDisclosures(segments)
    .filter((d) => d.segment === index)
    .map((d) => d.kind)
    .sort();

describe('findDisclosures', () => {
  it('finds an address read out as a check question, but not the caller’s own address repeated', () => {
    const call = dialogue(['klant', 'Ik woon op de Gansstraat 40.'], ['agent', 'Gansstraat 40, dank u. Of bent u het van de Merelweg 3?']);
    expect(kindsAt(call, 1)).toEqual(['adres']);
  });
  it('finds phone numbers and e-mail addresses from the records, not general service numbers', () => {
    const call = dialogue(
      ['klant', 'Bel me maar terug.'],
      [
        'agent',
        'We hebben nul zes, elf, tweeëntwintig, drieëndertig, vierenveertig. En u krijgt mail op j punt boon at voorbeeld punt nl.',
      ],
      ['agent', 'Of bel ons algemene nummer, veertien nul vijf acht.'],
    );
    expect(kindsAt(call, 1)).toEqual(['email', 'telefoonnummer']);
    expect(kindsAt(call, 2)).toEqual([]);
  });
  it('tells a personal amount from a general fee', () => {
    const call = dialogue(
      ['agent', 'Er staat nog tweehonderd euro vijftig open op uw aanslag.'],
      ['agent', 'Een rijbewijs kost veertig euro.'],
    );
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
  it('reads a partial phone number ("eindigend op") as a phone number and a partial account as an IBAN', () => {
    const call = dialogue(
      ['agent', 'Dan bellen ze u op het nummer dat bij de melding staat, eindigend op zevenenvijftig.'],
      ['agent', 'Het wordt overgemaakt op de rekening die eindigt op achtendertig nul zes.'],
    );
    expect(kindsAt(call, 0)).toEqual(['telefoonnummer']);
    expect(kindsAt(call, 1)).toContain('iban');
  });
  it('takes what follows "ik zie het" as read from the file, in any domain\'s words', () => {
    const call = dialogue(
      ['agent', 'Ik zie het. U heeft deze maand nog zes uur tegoed, van de veertig.'],
      ['agent', 'Ja, ik zie het al. Er loopt een adresonderzoek.'],
      ['agent', 'Ja, ik zie hem. Daar is nog geen melding van, dus ik maak hem nu aan.'],
    );
    expect(kindsAt(call, 0)).toEqual(['zaakstatus']);
    expect(kindsAt(call, 1)).toEqual(['zaakstatus']);
    expect(kindsAt(call, 2)).toEqual([]);
  });
  it('counts an amount read from a decision or said to the caller, in words', () => {
    const call = dialogue(
      ['agent', 'In het besluit staat dat het ging om vierhonderdnegenenveertig euro.'],
      ['agent', 'Vorige maand heeft u eenendertig euro negentig betaald voor bezoekersparkeren.'],
    );
    expect(kindsAt(call, 0)).toEqual(['bedrag']);
    expect(kindsAt(call, 1)).toEqual(['bedrag']);
  });
  it("does not count an organisation's postbus, a team mailbox, a neighbourhood or the agent's own action", () => {
    const call = dialogue(
      ['agent', 'U kunt het sturen naar Postbus 1000, 3540 AA Lindendaal.'],
      ['agent', 'Mailen kan naar jeugdteam@lindendaal.example.'],
      ['agent', 'Hij geldt waar de persoon woont voor wie u zorgt, dus in de Lindehof.'],
      ['agent', 'Prima. Ik heb de melding aangemaakt, u krijgt er een bevestiging van.'],
      ['agent', 'Wij hebben s punt meijer at ziggo punt nl.'],
    );
    expect(findDisclosures(call).filter((d) => d.segment < 4)).toEqual([]);
    expect(kindsAt(call, 4)).toEqual(['email']);
  });
  it('reads "de laatste cijfers" of a phone number or an account, and an IBAN "dat eindigt op"', () => {
    const call = dialogue(
      ['agent', 'We hebben een mobiel nummer met de laatste cijfers vier negen.'],
      ['agent', 'Het gaat naar het IBAN dat eindigt op zeventien.'],
      ['agent', 'De laatste vier cijfers van uw rekening zijn twee acht nul een.'],
    );
    expect(kindsAt(call, 0)).toEqual(['telefoonnummer']);
    expect(kindsAt(call, 1)).toEqual(['iban']);
    expect(kindsAt(call, 2)).toContain('iban');
    expect(kindsAt(call, 2)).not.toContain('telefoonnummer');
  });
});
