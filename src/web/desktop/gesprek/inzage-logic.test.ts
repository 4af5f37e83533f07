import { describe, expect, it } from 'vitest';
import { meekijkers, type Inzage } from './inzage-logic.ts';

const NOW = Date.parse('2026-03-10T09:00:00Z');
const inzage = (medewerkerId: string, naam: string, tot: string): [string, Inzage] => [medewerkerId, { medewerkerId, naam, tot }];

describe('who else has this gesprek open', () => {
  it('names colleagues whose sign has not faded, not myself nor one who closed the page', () => {
    const map = new Map([
      inzage('b', 'Bram', '2026-03-10T09:00:30Z'),
      inzage('a', 'Anna', '2026-03-10T09:00:10Z'),
      inzage('me', 'Ik', '2026-03-10T09:00:40Z'),
      inzage('c', 'Cor', '2026-03-10T09:00:00Z'),
    ]);
    expect(meekijkers(map, 'me', NOW)).toEqual(['Anna', 'Bram']);
    expect(meekijkers(map, 'me', NOW + 20_000)).toEqual(['Bram']);
  });
});
