import { describe, expect, it } from 'vitest';
import { isoWeekStart } from './iso-week.ts';

describe('isoWeekStart', () => {
  it('returns the Monday of the UTC week', () => {
    expect(isoWeekStart('2026-08-31T07:08:00Z')).toBe('2026-08-31'); // Monday itself
    expect(isoWeekStart('2026-09-06T23:59:59Z')).toBe('2026-08-31'); // Sunday night
    expect(isoWeekStart('2026-09-07T00:00:00Z')).toBe('2026-09-07');
    expect(isoWeekStart('2027-01-01T12:00:00Z')).toBe('2026-12-28'); // across the year end
  });

  it('uses UTC, not the local offset in the timestamp', () => {
    // Monday 00:30 in Amsterdam is still Sunday in UTC.
    expect(isoWeekStart('2026-09-07T00:30:00+02:00')).toBe('2026-08-31');
    expect(isoWeekStart(Date.UTC(2026, 8, 7, 0, 30))).toBe('2026-09-07');
    expect(isoWeekStart(new Date('2026-09-09T10:00:00Z'))).toBe('2026-09-07');
  });

  it('rejects what is not a time', () => {
    expect(() => isoWeekStart('gisteren')).toThrow(RangeError);
  });
});
