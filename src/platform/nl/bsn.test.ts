import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn.ts';

describe('isValidBsn', () => {
  it('accepts numbers that pass the elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });
  it('rejects wrong checksums, wrong lengths and non-digits', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
});
