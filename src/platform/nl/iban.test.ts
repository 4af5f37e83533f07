import { describe, expect, it } from 'vitest';
import { findIbans, isValidIban } from './iban.ts';

describe('isValidIban', () => {
  it('accepts IBANs that pass mod-97', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('nl91 abna 0417 1643 00')).toBe(true);
    expect(isValidIban('BE68539007547034')).toBe(true);
  });
  it('rejects a changed digit, a wrong length and garbage', () => {
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('hallo')).toBe(false);
  });
});

describe('findIbans', () => {
  it('finds written IBANs with spaces', () => {
    expect(findIbans('Het staat op NL91 ABNA 0417 1643 00, klopt dat?').map((i) => i.value)).toEqual(['NL91ABNA0417164300']);
  });
  it('finds spelled IBANs', () => {
    const spoken = 'N L negen één A B N A nul vier één zeven één zes vier drie nul nul';
    expect(findIbans(spoken).map((i) => i.value)).toEqual(['NL91ABNA0417164300']);
  });
  it('ignores strings that fail the checksum', () => {
    expect(findIbans('NL12 ABNA 0123 4567 89')).toEqual([]);
  });
});
