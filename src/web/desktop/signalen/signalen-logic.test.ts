import { describe, expect, it } from 'vitest';
import { nieuwWerk, titelMetTeller } from './signalen-logic.ts';

const w = (id: string) => ({ id, kanaal: 'webchat' });

describe('what is new work', () => {
  it('signals nothing on the first fetch', () => {
    expect(nieuwWerk(undefined, [w('a')], new Set(['a']))).toEqual([]);
  });
  it('signals a gesprek that waits for me now (new, or handed to me), and a citizen writing again in one that waited', () => {
    const voor = [w('oud'), w('mijn')];
    const na = [w('oud'), w('mijn'), w('over'), w('nieuw')];
    expect(nieuwWerk(voor, na, new Set()).map((i) => i.id)).toEqual(['over', 'nieuw']);
    expect(nieuwWerk(voor, na, new Set(['mijn'])).map((i) => i.id)).toEqual(['mijn', 'over', 'nieuw']);
  });
  it('does not signal a message in a gesprek that no longer waits for me (a colleague took it)', () => {
    expect(nieuwWerk([w('a'), w('b')], [w('b')], new Set(['a']))).toEqual([]);
  });
});

describe('the tab title', () => {
  it('puts the count in front, only when there is something', () => {
    expect(titelMetTeller('Inbox — Loket', 3)).toBe('(3) Inbox — Loket');
    expect(titelMetTeller('Inbox — Loket', 0)).toBe('Inbox — Loket');
    expect(titelMetTeller('Inbox — Loket', 120)).toBe('(99+) Inbox — Loket');
  });
});
