import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './phone-number.ts';

const simple = (text: string) => findPhoneNumbers(text).map(({ digits, kind }) => ({ digits, kind }));

describe('findPhoneNumbers', () => {
  it('reads spoken mobile numbers in pairs', () => {
    expect(simple('Mijn nummer is nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig.')).toEqual([
      { digits: '0612345678', kind: 'mobiel' },
    ]);
  });
  it('reads written numbers with separators and country code', () => {
    expect(simple('Bel 010-234 56 78 of +31 6 87654321')).toEqual([
      { digits: '0102345678', kind: 'vast' },
      { digits: '0687654321', kind: 'mobiel' },
    ]);
  });
  it('marks service numbers as general', () => {
    expect(simple('Het algemene nummer is veertien nul drie nul.')).toEqual([{ digits: '14030', kind: 'service' }]);
    expect(simple('Bel nul negen nul nul, acht acht, vier vier.')).toEqual([{ digits: '09008844', kind: 'service' }]);
  });
  it('ignores numbers that are not phone numbers', () => {
    expect(simple('Het kost vijfenveertig euro, zaaknummer twee nul twee zes, nul één.')).toEqual([]);
    expect(simple('Bel nul zes. Twaalf mensen wachten.')).toEqual([]);
  });
});
