import { describe, expect, it } from 'vitest';
import { FixedClock } from './clock.ts';
import { TokenBuckets } from './token-bucket.ts';

describe('token buckets', () => {
  it('lets a burst of piek through, then refills at perMinuut, per key', () => {
    const clock = new FixedClock('2026-03-29T00:59:59Z');
    const buckets = new TokenBuckets({ perMinuut: 60, piek: 3 }, () => clock.now());
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take('b').allowed).toBe(true);
    clock.advance(999);
    expect(buckets.take('a').allowed).toBe(false);
    clock.advance(1);
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
    clock.advance(60_000);
    expect([1, 2, 3, 4].map(() => buckets.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('names the wait for a slow rate, and a clock that moves back refills nothing', () => {
    const clock = new FixedClock('2026-10-25T01:30:00Z');
    const buckets = new TokenBuckets({ perMinuut: 2, piek: 1 }, () => clock.now());
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    clock.advance(-3_600_000);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    clock.advance(3_600_000 + 15_000);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
  });

  it('forgets full buckets when it holds too many keys, and keeps the ones still limited', () => {
    const clock = new FixedClock('2026-01-01T00:00:00Z');
    const buckets = new TokenBuckets({ perMinuut: 60, piek: 1 }, () => clock.now(), 2);
    buckets.take('a');
    clock.advance(5_000);
    buckets.take('b');
    buckets.take('c'); // a is full again and forgotten; b is still limited and kept
    expect(buckets.take('b').allowed).toBe(false);
    expect(buckets.take('a').allowed).toBe(true);
  });
});
