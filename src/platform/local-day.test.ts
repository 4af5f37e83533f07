import { describe, expect, it } from 'vitest';
import { localDay } from './local-day.ts';

describe('localDay', () => {
  it('is the date in Amsterdam, not in UTC or on the machine', () => {
    expect(localDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01'); // 00:30 CET, new year
    expect(localDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15'); // 00:30 CEST
    expect(localDay(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14');
    expect(localDay(new Date('2028-02-28T23:00:00Z'))).toBe('2028-02-29'); // leap day
    expect(localDay(new Date('2027-03-28T01:30:00Z'))).toBe('2027-03-28'); // just after the spring change
  });
});
