import { describe, expect, it } from 'vitest';
import { parseOpeningstijden, STANDAARD_OPENINGSTIJDEN } from '../platform/weekrooster.ts';
import { tijdvakken } from './tijdvakken.ts';

// Every case passes its own "now": slots depend on the day and the hour, never the machine's clock or zone.
describe('call-back slots within opening hours', () => {
  it('offers 30-minute slots within Mon–Fri 09:00–17:00 Amsterdam time for the next 5 working days', () => {
    // Friday 4 December 2026, 16:10 in Amsterdam (UTC+1): one slot left today.
    const slots = tijdvakken(parseOpeningstijden(STANDAARD_OPENINGSTIJDEN), new Date('2026-12-04T15:10:00Z'));
    expect(slots[0]).toEqual({ begin: '2026-12-04T15:30:00.000Z', eind: '2026-12-04T16:00:00.000Z' });
    expect(slots[1]).toEqual({ begin: '2026-12-07T08:00:00.000Z', eind: '2026-12-07T08:30:00.000Z' });
    const days = new Set(slots.map((s) => s.begin.slice(0, 10)));
    expect([...days]).toEqual(['2026-12-04', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']);
    expect(slots).toHaveLength(1 + 4 * 16);
  });

  it('follows summer time', () => {
    const slots = tijdvakken(parseOpeningstijden('ma-vr 09:00-10:00'), new Date('2026-06-01T00:00:00Z'), { workingDays: 1 });
    expect(slots.map((s) => s.begin)).toEqual(['2026-06-01T07:00:00.000Z', '2026-06-01T07:30:00.000Z']);
  });

  it('offers each wall-clock slot once on the nights the clocks change', () => {
    const allDay = parseOpeningstijden('ma-zo 00:00-24:00');
    // Sunday 29 March 2026, 01:00 CET: 02:00–03:00 does not exist, so 01:30 is followed by 03:00 CEST.
    // (Not 28 March 2027: that is Easter Sunday, a holiday without slots.)
    const spring = tijdvakken(allDay, new Date('2026-03-29T00:00:00Z'), { workingDays: 1 });
    expect(spring.slice(0, 2).map((s) => s.begin)).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z']);
    expect(spring).toHaveLength(1 + 42);
    // Sunday 25 October 2026, 02:00 CEST: 02:00–03:00 comes twice; each slot is offered once.
    const autumn = tijdvakken(allDay, new Date('2026-10-25T00:00:00Z'), { workingDays: 1 });
    expect(autumn[0]!.begin).toBe('2026-10-25T01:00:00.000Z');
    expect(autumn).toHaveLength(44);
    for (const slots of [spring, autumn]) expect(new Set(slots.map((s) => s.begin)).size).toBe(slots.length);
  });

  it('skips the weekend from a Sunday evening, and counts on across the year end (past New Year’s Day) and a leap day', () => {
    const rooster = parseOpeningstijden(STANDAARD_OPENINGSTIJDEN);
    const days = (now: string) => [...new Set(tijdvakken(rooster, new Date(now)).map((s) => s.begin.slice(0, 10)))];
    expect(days('2026-12-06T19:30:00Z')).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(days('2026-12-31T20:00:00Z')).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']); // 1 January is a holiday
    expect(days('2028-02-28T16:00:00Z')).toEqual(['2028-02-29', '2028-03-01', '2028-03-02', '2028-03-03', '2028-03-06']);
    expect(tijdvakken(rooster, new Date('2026-12-06T19:30:00Z'))).toHaveLength(5 * 16);
  });

  it('offers no slot on a public holiday: Christmas Day and Boxing Day are skipped', () => {
    // Thursday 24 December 2026, 16:45 in Amsterdam: nothing left today; 25 and 26 December are holidays (26th a Saturday anyway).
    const slots = tijdvakken(parseOpeningstijden(STANDAARD_OPENINGSTIJDEN), new Date('2026-12-24T15:45:00Z'), { workingDays: 2 });
    const days = [...new Set(slots.map((s) => s.begin.slice(0, 10)))];
    expect(days).toEqual(['2026-12-28', '2026-12-29']);
    // Even a team open every day offers nothing on Christmas Day.
    const allWeek = tijdvakken(parseOpeningstijden('ma-zo 09:00-17:00'), new Date('2026-12-24T17:00:00Z'), { workingDays: 3 });
    expect(allWeek.some((s) => s.begin.startsWith('2026-12-25') || s.begin.startsWith('2026-12-26'))).toBe(false);
    expect([...new Set(allWeek.map((s) => s.begin.slice(0, 10)))]).toEqual(['2026-12-27', '2026-12-28', '2026-12-29']);
  });

  it('keeps every slot within the opening hours, in local time', () => {
    const slots = tijdvakken(parseOpeningstijden('ma-vr 09:00-12:00; ma-vr 13:00-17:00'), new Date('2026-06-08T05:00:00Z'));
    const local = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        new Date(iso),
      );
    expect(slots.length).toBe(5 * 14);
    for (const slot of slots) {
      const [begin, eind] = [local(slot.begin), local(slot.eind)];
      expect(begin >= '09:00' && (eind <= '12:00' || begin >= '13:00') && eind <= '17:00', `${begin}-${eind}`).toBe(true);
    }
  });
});
