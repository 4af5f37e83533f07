import { describe, expect, it } from 'vitest';
import { shiftedHistory } from './demo-history.ts';
import { HISTORY_LAST_WEEK, shiftWeeks, weeksToNow, workdayAWeekBefore } from './demo-time.ts';

describe('demo time', () => {
  it('moves the history by whole weeks so its last week is the week of now', () => {
    expect(weeksToNow(new Date('2026-11-22T23:00:00Z'))).toBe(0);
    expect(weeksToNow(new Date('2026-11-23T00:00:00Z'))).toBe(1);
    expect(weeksToNow(new Date('2027-01-13T10:45:00Z'))).toBe(8);
    expect(weeksToNow(new Date('2026-10-01T12:00:00Z'))).toBe(-7);
    const moved = new Date(shiftWeeks(`${HISTORY_LAST_WEEK}T09:30:00Z`, 8));
    expect(moved.toISOString()).toBe('2027-01-11T09:30:00.000Z');
    expect(moved.getUTCDay()).toBe(1);
  });

  it('leaves out what would lie after now', async () => {
    const now = new Date('2027-01-13T10:45:00Z');
    const line = (at: string) => JSON.stringify({ kanaal: 'email', plaatsgevondenOp: at, inhoud: 'grofvuil' });
    const out: string[] = [];
    for await (const l of shiftedHistory(
      [line('2026-11-18T10:00:00Z'), '', line('2026-11-18T11:00:00Z'), line('2026-08-31T07:00:00Z')],
      now,
    ))
      out.push(l);
    expect(out.map((l) => JSON.parse(l).plaatsgevondenOp)).toEqual(['2027-01-13T10:00:00.000Z', '2026-10-26T07:00:00.000Z']);
  });

  it('puts the earlier call on a working day a week back', () => {
    expect(workdayAWeekBefore(new Date('2027-01-13T10:45:00Z'), 8).toISOString()).toBe('2027-01-06T08:00:00.000Z');
    expect(workdayAWeekBefore(new Date('2027-01-16T10:45:00Z'), 8).toISOString()).toBe('2027-01-08T08:00:00.000Z');
    expect(workdayAWeekBefore(new Date('2027-01-17T10:45:00Z'), 8).toISOString()).toBe('2027-01-08T08:00:00.000Z');
  });
});
