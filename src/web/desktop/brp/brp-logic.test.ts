import { describe, expect, it } from 'vitest';
import { adresRegel, bsnLeesbaar, isBsn, isPostcode, naamVan, normaliseerPostcode, zoekvraag } from './brp-logic.ts';

describe('the BSN elfproef', () => {
  it('accepts valid BSNs, with or without spaces or the leading zero', () => {
    expect(isBsn('999993653')).toBe(true);
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('123 456 782')).toBe(true);
    expect(isBsn('10000008')).toBe(true);
  });
  it('refuses a typo, the wrong length, letters and all zeros', () => {
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('123456728')).toBe(false);
    expect(isBsn('1234567820')).toBe(false);
    expect(isBsn('12345678a')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
    expect(isBsn('')).toBe(false);
  });
});

describe('postcodes', () => {
  it('accepts 1234AB and 1234 ab, refuses a leading zero or a missing letter', () => {
    expect(isPostcode('1234AB')).toBe(true);
    expect(isPostcode(' 1234 ab ')).toBe(true);
    expect(isPostcode('0123AB')).toBe(false);
    expect(isPostcode('1234A')).toBe(false);
    expect(isPostcode('1234  AB')).toBe(false);
    expect(normaliseerPostcode('1234 ab')).toBe('1234AB');
  });
});

describe('the BRP question', () => {
  it('builds one question per search method, normalised', () => {
    expect(zoekvraag('bsn', { bsn: ' 10000008 ' })).toEqual({ vraag: { bsn: '010000008' } });
    expect(zoekvraag('naam', { geslachtsnaam: ' Bakker ', geboortedatum: '1975-03-14' })).toEqual({
      vraag: { geslachtsnaam: 'Bakker', geboortedatum: '1975-03-14' },
    });
    expect(zoekvraag('adres', { postcode: '1234 ab', huisnummer: '12' })).toEqual({ vraag: { postcode: '1234AB', huisnummer: 12 } });
  });
  it('names the first field that is wrong', () => {
    expect(zoekvraag('bsn', {})).toEqual({ fout: 'bsnLeeg', veld: 'bsn' });
    expect(zoekvraag('bsn', { bsn: '123456789' })).toEqual({ fout: 'bsnOngeldig', veld: 'bsn' });
    expect(zoekvraag('naam', { geboortedatum: '1975-03-14' })).toEqual({ fout: 'naamLeeg', veld: 'geslachtsnaam' });
    expect(zoekvraag('naam', { geslachtsnaam: 'Bakker', geboortedatum: '1975-02-30' })).toEqual({
      fout: 'geboortedatumOngeldig',
      veld: 'geboortedatum',
    });
    expect(zoekvraag('adres', { postcode: '1234', huisnummer: '1' })).toEqual({ fout: 'postcodeOngeldig', veld: 'postcode' });
    expect(zoekvraag('adres', { postcode: '1234AB', huisnummer: '0' })).toEqual({ fout: 'huisnummerOngeldig', veld: 'huisnummer' });
    expect(zoekvraag('adres', { postcode: '1234AB', huisnummer: '12a' })).toEqual({ fout: 'huisnummerOngeldig', veld: 'huisnummer' });
  });
});

describe('what the agent reads', () => {
  it('writes the name and the address on one line', () => {
    expect(naamVan({ naam: { voornamen: 'Jan', voorvoegsel: 'de', geslachtsnaam: 'Vries', volledigeNaam: null } })).toBe('Jan de Vries');
    expect(naamVan({ naam: { voornamen: 'Jan', voorvoegsel: null, geslachtsnaam: 'Vries', volledigeNaam: 'J. de Vries' } })).toBe(
      'J. de Vries',
    );
    expect(
      adresRegel({
        straat: 'Lindelaan',
        huisnummer: 12,
        huisletter: 'A',
        huisnummertoevoeging: '2',
        postcode: '1234AB',
        woonplaats: 'Lindendaal',
      }),
    ).toBe('Lindelaan 12A-2, 1234 AB Lindendaal');
    expect(
      adresRegel({
        straat: 'Lindelaan',
        huisnummer: 4,
        huisletter: null,
        huisnummertoevoeging: null,
        postcode: null,
        woonplaats: 'Lindendaal',
      }),
    ).toBe('Lindelaan 4, Lindendaal');
    expect(adresRegel(null)).toBe('');
    expect(bsnLeesbaar('123456782')).toBe('123 456 782');
  });
});
