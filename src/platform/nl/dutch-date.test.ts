import { describe, expect, it } from 'vitest';
import { findDutchDates, sameDate } from './dutch-date.ts';

const simple = (text: string) => findDutchDates(text).map(({ day, month, year }) => ({ day, month, year }));

describe('findDutchDates', () => {
  it('reads spoken dates with full and two-digit years', () => {
    expect(simple('Ik ben geboren op achtentwintig februari negentieneenenzestig.')).toEqual([{ day: 28, month: 2, year: 1961 }]);
    expect(simple('Dat is elf mei drieënnegentig.')).toEqual([{ day: 11, month: 5, year: 1993 }]);
    expect(simple('twee januari tweeduizendzeven')).toEqual([{ day: 2, month: 1, year: 2007 }]);
  });
  it('tolerates hesitation between century and year', () => {
    expect(simple('Eh, dertien juni negentien... eh, tweeënvijftig.')).toEqual([{ day: 13, month: 6, year: 1952 }]);
  });
  it('reads written dates and ordinals', () => {
    expect(simple('geboren 3 oktober 1977')).toEqual([{ day: 3, month: 10, year: 1977 }]);
    expect(simple('op 05-11-1980')).toEqual([{ day: 5, month: 11, year: 1980 }]);
    expect(simple('per de eerste maart')).toEqual([{ day: 1, month: 3, year: null }]);
  });
  it('reads three spoken numbers as day, month, year', () => {
    expect(simple('Eh, negen, elf, achtenzestig.')).toEqual([{ day: 9, month: 11, year: 1968 }]);
    expect(simple('Hij zegt: veertien, elf, negentienachtenzestig.')).toEqual([{ day: 14, month: 11, year: 1968 }]);
  });
  it('does not take phone numbers or postcodes for dates', () => {
    expect(simple('nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig')).toEqual([]);
    expect(simple('drie vijf vier vijf')).toEqual([]);
    expect(simple('De afspraak is om twee uur.')).toEqual([]);
  });
  it('does not read a number in the next sentence as the year', () => {
    expect(simple('Op twaalf april. Vijftig mensen kwamen.')).toEqual([{ day: 12, month: 4, year: null }]);
  });
});

describe('sameDate', () => {
  it('ignores a missing year', () => {
    const [a] = findDutchDates('twaalf mei');
    const [b] = findDutchDates('twaalf mei zeventig');
    const [c] = findDutchDates('dertien mei zeventig');
    expect(a && b && sameDate(a, b)).toBe(true);
    expect(b && c && sameDate(b, c)).toBe(false);
  });
});
