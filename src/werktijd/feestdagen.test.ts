import { describe, expect, it } from 'vitest';
import { feestdagen, pasen } from './feestdagen.ts';

describe('feestdagen', () => {
  it('computes Easter by the anonymous Gregorian algorithm', () => {
    expect(pasen(2026)).toEqual({ maand: 4, dag: 5 });
    expect(pasen(2027)).toEqual({ maand: 3, dag: 28 });
    expect(pasen(2028)).toEqual({ maand: 4, dag: 16 });
    expect(pasen(2285)).toEqual({ maand: 3, dag: 22 }); // earliest possible date
    expect(pasen(2038)).toEqual({ maand: 4, dag: 25 }); // latest possible date
  });

  it('lists the moving holidays of 2027 and 2028 from Easter', () => {
    expect([...feestdagen(2027).entries()].sort()).toEqual([
      ['2027-01-01', 'Nieuwjaarsdag'],
      ['2027-03-28', 'Eerste Paasdag'],
      ['2027-03-29', 'Tweede Paasdag'],
      ['2027-04-27', 'Koningsdag'],
      ['2027-05-05', 'Bevrijdingsdag'],
      ['2027-05-06', 'Hemelvaartsdag'],
      ['2027-05-16', 'Eerste Pinksterdag'],
      ['2027-05-17', 'Tweede Pinksterdag'],
      ['2027-12-25', 'Eerste Kerstdag'],
      ['2027-12-26', 'Tweede Kerstdag'],
    ]);
    const f2028 = feestdagen(2028);
    expect(['2028-04-16', '2028-04-17', '2028-05-25', '2028-06-04', '2028-06-05'].map((d) => f2028.get(d))).toEqual([
      'Eerste Paasdag',
      'Tweede Paasdag',
      'Hemelvaartsdag',
      'Eerste Pinksterdag',
      'Tweede Pinksterdag',
    ]);
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(feestdagen(2025).get('2025-04-26')).toBe('Koningsdag');
    expect(feestdagen(2025).has('2025-04-27')).toBe(false);
    expect(feestdagen(2031).get('2031-04-26')).toBe('Koningsdag');
  });

  it('has Goede Vrijdag only when the municipality closes then, and Bevrijdingsdag yearly or every five years', () => {
    expect(feestdagen(2027).has('2027-03-26')).toBe(false);
    expect(feestdagen(2027, { goedeVrijdag: true, bevrijdingsdag: 'jaarlijks' }).get('2027-03-26')).toBe('Goede Vrijdag');
    expect(feestdagen(2027, { goedeVrijdag: false, bevrijdingsdag: 'lustrum' }).has('2027-05-05')).toBe(false);
    expect(feestdagen(2030, { goedeVrijdag: false, bevrijdingsdag: 'lustrum' }).has('2030-05-05')).toBe(true);
  });
});
