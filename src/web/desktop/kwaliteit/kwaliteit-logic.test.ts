import { describe, expect, it } from 'vitest';
import { checkPeriode, checkZin, isoWeek, naleving, normaliseerZin, totaal } from './kwaliteit-logic.ts';

const cijfers = (gesprekken: number, metOvertreding: number, stiltes: number) => ({
  gesprekken,
  telefoongesprekken: gesprekken - 1,
  chats: 1,
  metOvertreding,
  overtredingen: metOvertreding * 2,
  stiltes,
  stiltesPerGesprek: stiltes / gesprekken,
  stilteSeconden: stiltes * 6.5,
  zinAlerts: 1,
});

describe('quality figures', () => {
  it('gives the share of gesprekken without a violation, none without gesprekken', () => {
    expect(naleving({ gesprekken: 3, metOvertreding: 1 })).toBe(67);
    expect(naleving({ gesprekken: 4, metOvertreding: 0 })).toBe(100);
    expect(naleving({ gesprekken: 0, metOvertreding: 0 })).toBeNull();
  });

  it('adds up weeks into one total, recomputing the average', () => {
    expect(totaal([cijfers(2, 1, 3), cijfers(4, 0, 1)])).toEqual({
      gesprekken: 6,
      telefoongesprekken: 4,
      chats: 2,
      metOvertreding: 1,
      overtredingen: 2,
      stiltes: 4,
      stiltesPerGesprek: 0.67,
      stilteSeconden: 26,
      zinAlerts: 2,
    });
    expect(totaal([])).toMatchObject({ gesprekken: 0, stiltesPerGesprek: 0 });
  });

  it('numbers weeks the ISO way, across year ends', () => {
    expect(isoWeek('2026-11-30')).toEqual({ jaar: 2026, week: 49 });
    expect(isoWeek('2026-12-28')).toEqual({ jaar: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ jaar: 2025, week: 1 });
    expect(isoWeek('2027-01-04')).toEqual({ jaar: 2027, week: 1 });
  });

  it('refuses a period that ends before it starts', () => {
    expect(checkPeriode('2026-11-01', '2026-10-01')).toBe('volgorde');
    expect(checkPeriode('2026-11-01', '2026-11-01')).toBeNull();
    expect(checkPeriode('', '2026-10-01')).toBeNull();
  });
});

describe('alert phrases', () => {
  it('normalises whitespace the way the server stores the phrase', () => {
    expect(normaliseerZin('  wethouder \n  spreken ')).toBe('wethouder spreken');
  });

  it('checks the server rules and duplicates regardless of case', () => {
    expect(checkZin('   ', [])).toBe('verplicht');
    expect(checkZin(' a ', [])).toBe('teKort');
    expect(checkZin('x'.repeat(201), [])).toBe('teLang');
    expect(checkZin('Klacht  indienen', ['klacht indienen'])).toBe('bestaat');
    expect(checkZin('wethouder spreken', ['klacht indienen'])).toBeNull();
  });
});
