import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './mask-personal-data.ts';

describe('maskPersonalData', () => {
  it('masks e-mail addresses, phone numbers, IBANs and BSN-like numbers', () => {
    const masked = maskPersonalData(
      'Mail naar j.jansen@example.nl of bel 06-12345678 / +31 6 1234 5678, BSN 123456782, IBAN NL91ABNA0417164300, of 010 123 4567',
    );
    expect(masked).toBe('Mail naar [e-mail] of bel [telefoon] / [telefoon], BSN [nummer], IBAN [iban], of [telefoon]');
  });

  it('keeps what is not personal: years, amounts, house numbers, postcodes', () => {
    const text = 'Ik woon op Lindelaan 12, 3541 AB en wil in 2026 een paspoort van € 86,90';
    expect(maskPersonalData(text)).toBe(text);
  });
});
