import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../api/types.ts';
import { aantalWachtend, nieuwWerk, titelMetTeller, wachtOpMij } from './signalen-logic.ts';

const ME = 'me';
const item = (id: string, over: Partial<InboxItem> = {}): InboxItem => ({
  id, kanaal: 'webchat', status: 'open', onderwerp: null, partij: null, wachtSinds: '2026-12-06T09:00:00Z',
  laatsteBerichtOp: null, geverifieerd: false, toegewezenAan: null, team: null, slaDeadline: null, ...over,
});
const mine = { toegewezenAan: { id: ME, naam: 'Ik' }, status: 'toegewezen' as const };
const theirs = { toegewezenAan: { id: 'ander', naam: 'Ander' }, status: 'toegewezen' as const };

describe('what waits for me', () => {
  it('counts open unassigned and my own gesprekken where a citizen waits', () => {
    expect(wachtOpMij(item('a'), ME)).toBe(true);
    expect(wachtOpMij(item('b', mine), ME)).toBe(true);
    expect(wachtOpMij(item('c', theirs), ME)).toBe(false);
    expect(wachtOpMij(item('d', { ...mine, wachtSinds: null }), ME)).toBe(false); // I answered last
    expect(wachtOpMij(item('e', { status: 'wacht_op_klant', wachtSinds: null }), ME)).toBe(false);
    expect(wachtOpMij(item('f', { status: 'afgehandeld' }), ME)).toBe(false);
    expect(aantalWachtend([item('a'), item('b', mine), item('c', theirs)], ME)).toBe(2);
  });
});

describe('what is new work', () => {
  it('signals nothing on the first fetch', () => {
    expect(nieuwWerk(undefined, [item('a')], new Set(['a']), ME)).toEqual([]);
  });
  it('signals a new gesprek, one handed to me, and a citizen writing again in one of mine', () => {
    const voor = [item('oud'), item('mijn', mine), item('over', theirs)];
    const na = [item('oud'), item('mijn', mine), item('over', mine), item('nieuw')];
    expect(nieuwWerk(voor, na, new Set(), ME).map((i) => i.id)).toEqual(['over', 'nieuw']);
    expect(nieuwWerk(voor, na, new Set(['mijn']), ME).map((i) => i.id)).toEqual(['mijn', 'over', 'nieuw']);
  });
  it('does not signal a message in a colleague\'s gesprek, nor one taken from the queue', () => {
    const voor = [item('a'), item('b', theirs)];
    expect(nieuwWerk(voor, [item('a', theirs), item('b', theirs)], new Set(['a', 'b']), ME)).toEqual([]);
  });
});

describe('the tab title', () => {
  it('puts the count in front, only when there is something', () => {
    expect(titelMetTeller('Inbox — Loket', 3)).toBe('(3) Inbox — Loket');
    expect(titelMetTeller('Inbox — Loket', 0)).toBe('Inbox — Loket');
    expect(titelMetTeller('Inbox — Loket', 120)).toBe('(99+) Inbox — Loket');
  });
});
