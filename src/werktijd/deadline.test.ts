import { describe, expect, it } from 'vitest';
import { isoDuurInMinuten, plusWerkdagen, plusWerktijd, werktijdTussen, type Kalender } from './deadline.ts';
import { STANDAARD_FEESTDAGEN } from './feestdagen.ts';
import { KCC_OPENINGSTIJDEN, parseRooster, RoosterOngeldig, type Openingstijden } from './rooster.ts';

const kalender = (overrides: Partial<Kalender> = {}, tijden: Openingstijden = KCC_OPENINGSTIJDEN): Kalender => ({
  rooster: parseRooster(tijden),
  feestdagen: STANDAARD_FEESTDAGEN,
  sluitingsdagen: new Set(),
  ...overrides,
});
const kcc = kalender();
const at = (iso: string) => new Date(iso);
const nacht = '22:00-06:00';
const nachtdienst: Openingstijden = { ma: nacht, di: nacht, wo: nacht, do: nacht, vr: nacht, za: nacht, zo: nacht };

describe('plusWerktijd', () => {
  it('carries a Friday 16:30 chat with a one-hour norm to Monday 09:00, not Friday 17:30', () => {
    // Friday 4 December 2026, 16:30 in Amsterdam (CET) is 15:30 UTC.
    expect(plusWerktijd(kcc, at('2026-12-04T15:30:00Z'), 60).toISOString()).toBe('2026-12-07T08:00:00.000Z');
  });

  it('counts from opening time when started outside the hours or at the weekend', () => {
    expect(plusWerktijd(kcc, at('2026-12-05T10:00:00Z'), 30).toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(plusWerktijd(kcc, at('2026-12-08T05:00:00Z'), 0).toISOString()).toBe('2026-12-08T07:30:00.000Z');
    expect(plusWerktijd(kcc, at('2026-12-08T09:00:00Z'), 60).toISOString()).toBe('2026-12-08T10:00:00.000Z');
  });

  it("skips public holidays and the municipality's own closing days", () => {
    // Tuesday 4 May 2027 16:30 CEST; 5 May Bevrijdingsdag, 6 May Hemelvaart → Friday 7 May 09:00 CEST.
    expect(plusWerktijd(kcc, at('2027-05-04T14:30:00Z'), 60).toISOString()).toBe('2027-05-07T07:00:00.000Z');
    const lustrum = kalender({ feestdagen: { goedeVrijdag: false, bevrijdingsdag: 'lustrum' } });
    expect(plusWerktijd(lustrum, at('2027-05-04T14:30:00Z'), 60).toISOString()).toBe('2027-05-05T07:00:00.000Z');
    const brugdag = kalender({ sluitingsdagen: new Set(['2027-05-07']) });
    expect(plusWerktijd(brugdag, at('2027-05-04T14:30:00Z'), 60).toISOString()).toBe('2027-05-10T07:00:00.000Z');
  });

  it('closes on Goede Vrijdag only when configured, and on Paasmaandag always (Easter 2027 and 2028)', () => {
    // Thursday 25 March 2027 16:30 CET.
    expect(plusWerktijd(kcc, at('2027-03-25T15:30:00Z'), 60).toISOString()).toBe('2027-03-26T08:00:00.000Z');
    const goedeVrijdag = kalender({ feestdagen: { goedeVrijdag: true, bevrijdingsdag: 'jaarlijks' } });
    // Friday closed, weekend, Monday 29 March Paasmaandag; Tuesday 30 March is summer time.
    expect(plusWerktijd(goedeVrijdag, at('2027-03-25T15:30:00Z'), 60).toISOString()).toBe('2027-03-30T07:00:00.000Z');
    // Thursday 13 April 2028 16:30 CEST, Goede Vrijdag 14 April, Paasmaandag 17 April.
    expect(plusWerktijd(goedeVrijdag, at('2028-04-13T14:30:00Z'), 60).toISOString()).toBe('2028-04-18T07:00:00.000Z');
  });

  it('measures real time across the DST weekends', () => {
    // Friday 23 October 2026 16:30 CEST; Monday 26 October is winter time.
    expect(plusWerktijd(kcc, at('2026-10-23T14:30:00Z'), 60).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('runs hours past midnight, seven hours on the spring night and nine on the autumn night', () => {
    const nachten = kalender({}, nachtdienst);
    // Saturday 27 March 2027 22:00 CET → 06:00 CEST is 7 real hours.
    expect(plusWerktijd(nachten, at('2027-03-27T21:00:00Z'), 7 * 60).toISOString()).toBe('2027-03-28T04:00:00.000Z');
    // The next shifts would start on Easter Sunday and Paasmaandag: Tuesday 30 March 22:00 CEST.
    expect(plusWerktijd(nachten, at('2027-03-27T21:00:00Z'), 8 * 60).toISOString()).toBe('2027-03-30T21:00:00.000Z');
    // Saturday 24 October 2026 22:00 CEST → 06:00 CET is 9 real hours.
    expect(plusWerktijd(nachten, at('2026-10-24T20:00:00Z'), 9 * 60).toISOString()).toBe('2026-10-25T05:00:00.000Z');
    // Started at 03:00 inside last night's shift: three hours are left of it.
    expect(plusWerktijd(nachten, at('2026-12-08T02:00:00Z'), 3 * 60).toISOString()).toBe('2026-12-08T05:00:00.000Z');
  });

  it('refuses a negative norm', () => {
    expect(() => plusWerktijd(kcc, at('2026-12-04T15:30:00Z'), -1)).toThrow(RangeError);
  });
});

describe('plusWerkdagen', () => {
  it('ends at closing time of the n-th working day after the day of arrival', () => {
    // Friday 4 December 2026 10:00 CET + 2 → Tuesday 8 December 17:00 CET.
    expect(plusWerkdagen(kcc, at('2026-12-04T09:00:00Z'), 2).toISOString()).toBe('2026-12-08T16:00:00.000Z');
    expect(plusWerkdagen(kcc, at('2026-12-04T09:00:00Z'), 0).toISOString()).toBe('2026-12-04T16:00:00.000Z');
    // Saturday counts as arriving before Monday: Monday is the first working day.
    expect(plusWerkdagen(kcc, at('2026-12-05T09:00:00Z'), 1).toISOString()).toBe('2026-12-07T16:00:00.000Z');
  });

  it('skips Christmas and closing days', () => {
    expect(plusWerkdagen(kcc, at('2026-12-24T09:00:00Z'), 2).toISOString()).toBe('2026-12-29T16:00:00.000Z');
    const sluiting = kalender({ sluitingsdagen: new Set(['2026-12-28']) });
    expect(plusWerkdagen(sluiting, at('2026-12-24T09:00:00Z'), 2).toISOString()).toBe('2026-12-30T16:00:00.000Z');
  });

  it('counts a night shift as the day it began', () => {
    // Tuesday 8 December 03:00 CET is Monday's shift; the next shift (Tuesday's) ends Wednesday 06:00.
    expect(plusWerkdagen(kalender({}, nachtdienst), at('2026-12-08T02:00:00Z'), 1).toISOString()).toBe('2026-12-09T05:00:00.000Z');
  });
});

describe('rooster and norm input', () => {
  it('refuses zero-length hours, bad times and a week without opening, naming the day', () => {
    const bad = (tijden: Partial<Openingstijden>) => {
      try {
        parseRooster({ ...KCC_OPENINGSTIJDEN, ...tijden });
      } catch (error) {
        return (error as RoosterOngeldig).fields.map((f) => f.field);
      }
      return [];
    };
    expect(bad({ ma: '09:00-09:00' })).toEqual(['openingstijden.ma']);
    expect(bad({ di: '9-17', wo: '08:00-25:00' })).toEqual(['openingstijden.di', 'openingstijden.wo']);
    expect(bad({ ma: null, di: null, wo: null, do: null, vr: null })).toEqual(['openingstijden']);
    expect(bad({ za: '10:00-24:00' })).toEqual([]);
  });

  it('reads ISO durations of hours and minutes only', () => {
    expect(isoDuurInMinuten('PT1H')).toBe(60);
    expect(isoDuurInMinuten('PT1H30M')).toBe(90);
    expect(isoDuurInMinuten('PT45S')).toBe(0.75);
    for (const bad of ['P1D', 'PT', '-PT1H', 'PT-1H', '1H', '']) expect(isoDuurInMinuten(bad)).toBeNull();
  });
});

describe('werktijdTussen', () => {
  it('counts only the working minutes between two moments, the inverse of plusWerktijd', () => {
    expect(werktijdTussen(kcc, at('2026-12-04T15:30:00Z'), at('2026-12-07T08:00:00Z'))).toBe(60);
    expect(werktijdTussen(kcc, at('2026-12-05T10:00:00Z'), at('2026-12-06T10:00:00Z'))).toBe(0);
    expect(werktijdTussen(kcc, at('2026-12-07T09:00:00Z'), at('2026-12-07T08:00:00Z'))).toBe(0);
    const van = at('2027-05-04T09:00:00Z');
    expect(werktijdTussen(kcc, van, plusWerktijd(kcc, van, 1000))).toBe(1000);
  });
});
