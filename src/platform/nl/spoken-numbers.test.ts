import { describe, expect, it } from 'vitest';
import { expandTwoDigitYear, parseDutchNumber, parseDutchOrdinal, parseDutchYear } from './spoken-numbers.ts';

describe('parseDutchNumber', () => {
  it('reads simple, compound and large number words', () => {
    expect(parseDutchNumber('zeven')).toBe(7);
    expect(parseDutchNumber('achtenveertig')).toBe(48);
    expect(parseDutchNumber('Drieënvijftig')).toBe(53);
    expect(parseDutchNumber('honderdtwaalf')).toBe(112);
    expect(parseDutchNumber('zeshonderdnegenenzeventig')).toBe(679);
    expect(parseDutchNumber('vierduizendtweehonderd')).toBe(4200);
    expect(parseDutchNumber('1234')).toBe(1234);
  });
  it('treats the article "een" as a word but "één" as one', () => {
    expect(parseDutchNumber('een')).toBeNull();
    expect(parseDutchNumber('één')).toBe(1);
    expect(parseDutchNumber('eenenzestig')).toBe(61);
  });
  it('rejects words that are not numbers', () => {
    expect(parseDutchNumber('tiental')).toBeNull();
    expect(parseDutchNumber('vierkant')).toBeNull();
  });
});

describe('parseDutchYear', () => {
  it('reads years the way people say them', () => {
    expect(parseDutchYear('negentieneenenzeventig')).toBe(1971);
    expect(parseDutchYear('tweeduizendnegen')).toBe(2009);
    expect(parseDutchYear('negentienhonderdvijf')).toBe(1905);
    expect(parseDutchYear('1983')).toBe(1983);
    expect(parseDutchYear('zevenenzestig')).toBeNull();
  });
  it('expands two-digit years', () => {
    expect(expandTwoDigitYear(67)).toBe(1967);
    expect(expandTwoDigitYear(8)).toBe(2008);
  });
});

describe('parseDutchOrdinal', () => {
  it('reads ordinals', () => {
    expect(parseDutchOrdinal('eerste')).toBe(1);
    expect(parseDutchOrdinal('derde')).toBe(3);
    expect(parseDutchOrdinal('negende')).toBe(9);
    expect(parseDutchOrdinal('achttiende')).toBe(18);
    expect(parseDutchOrdinal('drieëntwintigste')).toBe(23);
    expect(parseDutchOrdinal('3e')).toBe(3);
    expect(parseDutchOrdinal('fiets')).toBeNull();
  });
});
