import { describe, expect, it } from 'vitest';
import { stilteTot } from './stilte.ts';

const NACHT = { van: '21:00', tot: '08:00' };

describe('quiet hours of proactive messages (Europe/Amsterdam)', () => {
  it('holds a message from 21:00 until 08:00 the next morning, in winter time', () => {
    expect(stilteTot(new Date('2026-11-24T19:59:00Z'), NACHT)).toBeUndefined(); // 20:59
    expect(stilteTot(new Date('2026-11-24T20:00:00Z'), NACHT)?.toISOString()).toBe('2026-11-25T07:00:00.000Z'); // 21:00
    expect(stilteTot(new Date('2026-11-25T03:30:00Z'), NACHT)?.toISOString()).toBe('2026-11-25T07:00:00.000Z'); // 04:30
    expect(stilteTot(new Date('2026-11-25T07:00:00Z'), NACHT)).toBeUndefined(); // 08:00
  });

  it('ends at 08:00 local time on the night summer time ends', () => {
    // 25 October 2026: clocks go back at 03:00; 08:00 CET is 07:00 UTC, 21:00 CEST the evening before is 19:00 UTC.
    expect(stilteTot(new Date('2026-10-24T19:00:00Z'), NACHT)?.toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });

  it('works for quiet hours within one day', () => {
    const middag = { van: '12:00', tot: '13:30' };
    expect(stilteTot(new Date('2026-11-24T11:15:00Z'), middag)?.toISOString()).toBe('2026-11-24T12:30:00.000Z');
    expect(stilteTot(new Date('2026-11-24T10:59:00Z'), middag)).toBeUndefined();
  });
});
