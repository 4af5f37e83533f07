import { describe, expect, it } from 'vitest';
import { isVanMij, termijnInWoorden } from './werklijst-logic.ts';

const nl = { vandaag: 'vandaag', morgen: 'morgen', gisteren: 'gisteren', om: (d: string, t: string) => `${d} om ${t}` };
// Monday 7 December 2026, 11:00 in Amsterdam.
const now = new Date('2026-12-07T10:00:00Z');

describe('termijnInWoorden', () => {
  it('says today, tomorrow and yesterday in words, other days by name and date', () => {
    expect(termijnInWoorden('2026-12-07T16:00:00Z', now, 'nl', nl)).toBe('vandaag om 17:00');
    expect(termijnInWoorden('2026-12-08T16:00:00Z', now, 'nl', nl)).toBe('morgen om 17:00');
    expect(termijnInWoorden('2026-12-06T16:00:00Z', now, 'nl', nl)).toBe('gisteren om 17:00');
    expect(termijnInWoorden('2026-12-04T16:00:00Z', now, 'nl', nl)).toBe('vrijdag 4 december om 17:00');
    expect(termijnInWoorden('2027-01-05T16:00:00Z', now, 'nl', nl)).toBe('dinsdag 5 januari 2027 om 17:00');
  });

  it('counts days in Amsterdam: 23:30 UTC on Monday is already Tuesday there', () => {
    expect(termijnInWoorden('2026-12-07T23:30:00Z', now, 'nl', nl)).toBe('morgen om 00:30');
  });

  it('knows whether a task is mine alone', () => {
    expect(isVanMij({ actoren: [{ id: 'a' }] }, 'a')).toBe(true);
    expect(isVanMij({ actoren: [{ id: 'a' }, { id: 'b' }] }, 'a')).toBe(false);
  });
});
