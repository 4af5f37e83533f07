import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { parseOpeningstijden, STANDAARD_OPENINGSTIJDEN, tijdvakken } from './openingstijden.ts';

describe('opening hours and call-back slots', () => {
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
    // Sunday 28 March 2027, 01:00 CET: 02:00–03:00 does not exist, so 01:30 is followed by 03:00 CEST.
    const spring = tijdvakken(allDay, new Date('2027-03-28T00:00:00Z'), { workingDays: 1 });
    expect(spring.slice(0, 2).map((s) => s.begin)).toEqual(['2027-03-28T00:30:00.000Z', '2027-03-28T01:00:00.000Z']);
    expect(spring).toHaveLength(1 + 42);
    // Sunday 25 October 2026, 02:00 CEST: 02:00–03:00 comes twice; each slot is offered once.
    const autumn = tijdvakken(allDay, new Date('2026-10-25T00:00:00Z'), { workingDays: 1 });
    expect(autumn[0]!.begin).toBe('2026-10-25T01:00:00.000Z');
    expect(autumn).toHaveLength(44);
    for (const slots of [spring, autumn]) expect(new Set(slots.map((s) => s.begin)).size).toBe(slots.length);
  });

  it('skips the weekend from a Sunday evening, and counts on across the year end and a leap day', () => {
    const rooster = parseOpeningstijden(STANDAARD_OPENINGSTIJDEN);
    const days = (now: string) => [...new Set(tijdvakken(rooster, new Date(now)).map((s) => s.begin.slice(0, 10)))];
    expect(days('2026-12-06T19:30:00Z')).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(days('2026-12-31T20:00:00Z')).toEqual(['2027-01-01', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07']);
    expect(days('2028-02-28T16:00:00Z')).toEqual(['2028-02-29', '2028-03-01', '2028-03-02', '2028-03-03', '2028-03-06']);
    expect(tijdvakken(rooster, new Date('2026-12-06T19:30:00Z'))).toHaveLength(5 * 16);
  });

  it('reads day lists and several periods, and names what is wrong', () => {
    const rooster = parseOpeningstijden('ma,wo 09:00-12:00; ma 13:00-16:30; za-zo 10:00-11:00');
    expect(rooster[1]).toEqual([{ van: 540, tot: 720 }, { van: 780, tot: 990 }]);
    expect(Object.keys(rooster).sort()).toEqual(['0', '1', '3', '6']);
    expect(() => parseOpeningstijden('maandag 09:00-17:00')).toThrow(/onbekende dag/);
    expect(() => parseOpeningstijden('ma 17:00-09:00')).toThrow(/einde/);
    expect(() => parseOpeningstijden('ma 9-17')).toThrow(/ma-vr 09:00-17:00/);
  });

  it('is configured from the environment, and a bad value names its variable', () => {
    expect(loadConfig({ TELEFOON_OPENINGSTIJDEN: 'ma 10:00-11:00' }).telefoon.openingstijden).toEqual({ 1: [{ van: 600, tot: 660 }] });
    expect(() => loadConfig({ TELEFOON_OPENINGSTIJDEN: 'ma 11:00-10:00' })).toThrow(/TELEFOON_OPENINGSTIJDEN/);
    expect(() => loadConfig({ TELEFOON_CTI_GEHEIMEN: 'centrale=kort' })).toThrow(/TELEFOON_CTI_GEHEIMEN.*24/);
    expect(loadConfig({ TELEFOON_CTI_GEHEIMEN: 'a=0123456789abcdef01234567, b=0123456789abcdef0123456789' }).telefoon.ctiGeheimen.map((s) => s.systeem)).toEqual(['a', 'b']);
  });
});
