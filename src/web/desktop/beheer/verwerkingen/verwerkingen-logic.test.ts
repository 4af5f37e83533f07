import { describe, expect, it } from 'vitest';
import { apiQuery, dagBegin, LEGE_ZOEKVRAAG, zoekFout } from './verwerkingen-logic.ts';

describe('searching the processing log', () => {
  it('starts a day at midnight in the Netherlands, in winter and in summer time', () => {
    expect(dagBegin('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(dagBegin('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(dagBegin('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(dagBegin('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
  });

  it('asks for whole days, one partij and a page', () => {
    const partij = '5F0C3A1E-2A0B-4A9C-9D55-0F0F0F0F0F0F';
    expect(apiQuery({ ...LEGE_ZOEKVRAAG, partij, van: '2026-03-01', tot: '2026-03-31', doel: ' afval ' }, 2)).toEqual({
      gebruiker: undefined,
      objecttype: 'partij',
      objectId: partij.toLowerCase(),
      van: '2026-02-28T23:00:00.000Z',
      tot: '2026-03-31T22:00:00.000Z',
      doel: 'afval',
      limit: '50',
      offset: '100',
    });
  });

  it('refuses a partij that is not an id and a period that ends before it starts', () => {
    expect(zoekFout({ ...LEGE_ZOEKVRAAG, partij: 'Jansen' })).toEqual({ fout: 'partijOngeldig', veld: 'partij' });
    expect(zoekFout({ ...LEGE_ZOEKVRAAG, van: '2026-03-02', tot: '2026-03-01' })).toEqual({ fout: 'periodeOmgekeerd', veld: 'tot' });
    expect(zoekFout(LEGE_ZOEKVRAAG)).toBeUndefined();
  });
});
