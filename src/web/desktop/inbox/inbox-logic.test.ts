import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../api/types.ts';
import {
  DEFAULT_FILTERS,
  formatClock,
  matchesFilters,
  moveSelection,
  orderInbox,
  secondsSince,
  slaState,
  sortInbox,
  withStatus,
} from './inbox-logic.ts';

const now = Date.parse('2026-11-30T10:00:00Z');
const item = (over: Partial<InboxItem>): InboxItem => ({
  id: 'a',
  kanaal: 'webchat',
  status: 'open',
  onderwerp: null,
  partij: null,
  wachtSinds: '2026-11-30T09:50:00Z',
  laatsteBerichtOp: null,
  labels: [],
  gesluimerdTot: null,
  geverifieerd: false,
  toegewezenAan: null,
  team: null,
  slaDeadline: null,
  slaResterendSeconden: null,
  ...over,
});

describe('service-level countdown', () => {
  it('counts down, warns in the last five minutes and shows overdue time', () => {
    expect(slaState(null, now)).toEqual({ state: 'geen' });
    expect(slaState('2026-11-30T10:10:00Z', now)).toEqual({ state: 'ok', seconds: 600 });
    expect(slaState('2026-11-30T10:04:59Z', now)).toEqual({ state: 'bijna', seconds: 299 });
    expect(slaState('2026-11-30T09:58:30Z', now)).toEqual({ state: 'verlopen', seconds: -90 });
  });

  it('formats as m:ss or h:mm:ss without a sign', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(-90)).toBe('1:30');
    expect(formatClock(3723)).toBe('1:02:03');
  });

  it('never reports a negative waiting time when the clocks differ', () => {
    expect(secondsSince('2026-11-30T09:59:00Z', now)).toBe(60);
    expect(secondsSince('2026-11-30T10:00:05Z', now)).toBe(0);
    expect(secondsSince(null, now)).toBeUndefined();
  });
});

describe('inbox filtering and order', () => {
  const mine = item({ id: 'mijn', toegewezenAan: { id: 'me', naam: 'Anna' }, status: 'toegewezen' });
  const free = item({ id: 'vrij', kanaal: 'email' });
  const done = item({ id: 'klaar', status: 'afgehandeld' });

  it('filters on channel, status, mine and unassigned like the server', () => {
    const pick = (f: Partial<typeof DEFAULT_FILTERS>) =>
      [mine, free, done].filter((i) => matchesFilters(i, { ...DEFAULT_FILTERS, ...f }, 'me')).map((i) => i.id);
    expect(pick({})).toEqual(['mijn', 'vrij']);
    expect(pick({ filter: 'mijn' })).toEqual(['mijn']);
    expect(pick({ filter: 'ongetoegewezen' })).toEqual(['vrij']);
    expect(pick({ kanaal: 'email' })).toEqual(['vrij']);
    expect(pick({ status: 'afgehandeld' })).toEqual(['klaar']);
  });

  it('puts the earliest deadline first, then the longest waiting, deadlines before none', () => {
    const sorted = sortInbox([
      item({ id: 'geen-sla-oud', wachtSinds: '2026-11-30T08:00:00Z' }),
      item({ id: 'sla-laat', slaDeadline: '2026-11-30T11:00:00Z' }),
      item({ id: 'sla-vroeg', slaDeadline: '2026-11-30T10:01:00Z' }),
      item({ id: 'geen-sla-nieuw', wachtSinds: '2026-11-30T09:59:00Z' }),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(['sla-vroeg', 'sla-laat', 'geen-sla-oud', 'geen-sla-nieuw']);
  });

  it('moves the selection with j/k and stays within the list', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveSelection(ids, undefined, 1)).toBe('a');
    expect(moveSelection(ids, undefined, -1)).toBe('c');
    expect(moveSelection(ids, 'b', 1)).toBe('c');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'a', -1)).toBe('a');
    expect(moveSelection([], 'a', 1)).toBeUndefined();
  });

  it('applies a live status change only to a gesprek in the list', () => {
    expect(withStatus([free], 'vrij', 'toegewezen')?.[0]?.status).toBe('toegewezen');
    expect(withStatus([free], 'ander', 'toegewezen')).toBeUndefined();
  });
});

describe('labels, snooze and chosen order (issue 16)', () => {
  const a = item({ id: 'a', labels: ['parkeren'], slaDeadline: '2026-11-30T10:30:00Z' });
  const b = item({ id: 'b', labels: [], slaDeadline: '2026-11-30T10:05:00Z' });
  const c = item({ id: 'c', gesluimerdTot: '2026-12-01T09:00:00Z' });

  it('filters by label in any spelling, and keeps snoozed gesprekken to their own view', () => {
    const pick = (f: Partial<typeof DEFAULT_FILTERS>) =>
      [a, b, c].filter((i) => matchesFilters(i, { ...DEFAULT_FILTERS, ...f }, 'me')).map((i) => i.id);
    expect(pick({ label: ' Parkeren ' })).toEqual(['a']);
    expect(pick({})).toEqual(['a', 'b']);
    expect(pick({ weergave: 'gesluimerd' })).toEqual(['c']);
  });

  it('keeps the server order when the agent chose one, else most urgent first', () => {
    expect(orderInbox([a, b], DEFAULT_FILTERS).map((i) => i.id)).toEqual(['b', 'a']);
    expect(orderInbox([a, b], { ...DEFAULT_FILTERS, sorteer: 'oudste' }).map((i) => i.id)).toEqual(['a', 'b']);
  });
});
