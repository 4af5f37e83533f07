import { describe, expect, it } from 'vitest';
import { duur } from './termijnen-api.ts';
import { termijnenEn, termijnenNl } from './termijnen-i18n.ts';

describe('a service norm in words', () => {
  it('names hours, minutes and seconds that are there, in either language', () => {
    expect(duur(30, termijnenNl.eenheden)).toBe('30 seconden');
    expect(duur(5400, termijnenNl.eenheden)).toBe('1 uur 30 minuten');
    expect(duur(3 * 24 * 3600, termijnenNl.eenheden)).toBe('72 uur');
    expect(duur(61, termijnenEn.eenheden)).toBe('1 minute 1 second');
    expect(duur(0, termijnenEn.eenheden)).toBe('0 seconds');
  });
});
