import { describe, expect, it } from 'vitest';
import { datumVoluit, machineDatum } from './datum.ts';

describe('dates as people write them', () => {
  it('writes a calendar day in words, in Dutch and English', () => {
    expect(datumVoluit('1975-03-14')).toBe('14 maart 1975');
    expect(datumVoluit('2027-01-01', 'en-GB')).toBe('1 January 2027');
  });
  it('shows a moment as the Dutch day it happened, across midnight UTC', () => {
    expect(datumVoluit('2026-10-14T23:30:00Z')).toBe('15 oktober 2026');
    expect(datumVoluit('2026-07-01T21:59:00Z')).toBe('1 juli 2026');
  });
  it('leaves what it cannot read as it is', () => {
    expect(datumVoluit('binnenkort')).toBe('binnenkort');
    expect(machineDatum('binnenkort')).toBeUndefined();
    expect(machineDatum('2026-10-14')).toBe('2026-10-14');
  });
});
