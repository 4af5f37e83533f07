import { describe, expect, it } from 'vitest';
import { adresRegel } from './adres-logic.ts';

describe('an address on one line', () => {
  it('writes street, number with its addition, postcode and town', () => {
    expect(adresRegel({ straatnaam: 'Lindelaan', huisnummer: 4, huisnummertoevoeging: 'a', postcode: '1234 AB', stad: 'Lindendaal' })).toBe(
      'Lindelaan 4a, 1234 AB Lindendaal',
    );
  });
  it('leaves out what is missing, and the country when it is the Netherlands', () => {
    expect(adresRegel({ postcode: '1234 AB' })).toBe('1234 AB');
    expect(adresRegel({ straatnaam: 'Rue de la Paix', huisnummer: 1, stad: 'Parijs', land: 'FR' })).toBe('Rue de la Paix 1, Parijs, FR');
    expect(adresRegel({ straatnaam: 'Lindelaan', huisnummer: 4, land: 'NL' })).toBe('Lindelaan 4');
  });
  it('is null when nothing is known', () => {
    expect(adresRegel(null)).toBeNull();
    expect(adresRegel({})).toBeNull();
    expect(adresRegel({ straatnaam: '  ' })).toBeNull();
  });
});
