/**
 * A rate limit per key held in this process's memory: a bucket of `piek` tokens per key that
 * refills at `perMinuut` tokens a minute; a request takes one token or is told how long to wait.
 * Unlike the database throttle (throttle.ts: back-off against guessing, shared by every node) it
 * costs no database round trip, so it fits a hot intake path; the price is that each node keeps
 * its own buckets, so behind a load balancer with N nodes a key gets up to N times the limit.
 */
export interface BucketRule {
  perMinuut: number;
  piek: number;
}

export type BucketGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  ms: number;
}

export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #rule: BucketRule;
  readonly #now: () => Date;
  readonly #maxKeys: number;

  constructor(rule: BucketRule, now: () => Date, maxKeys = 10_000) {
    if (!(rule.perMinuut > 0) || !(rule.piek >= 1)) throw new Error('TokenBuckets: perMinuut > 0 and piek >= 1');
    this.#rule = rule;
    this.#now = now;
    this.#maxKeys = maxKeys;
  }

  #vul(b: Bucket, ms: number): void {
    // A clock that moves back (a test's, or NTP) refills nothing rather than draining the bucket.
    const verstreken = Math.max(0, ms - b.ms);
    b.tokens = Math.min(this.#rule.piek, b.tokens + (verstreken * this.#rule.perMinuut) / 60_000);
    b.ms = Math.max(b.ms, ms);
  }

  /** Takes a token for `key`, or says after how many seconds one is there. */
  take(key: string): BucketGate {
    const ms = this.#now().getTime();
    let b = this.#buckets.get(key);
    if (!b) {
      if (this.#buckets.size >= this.#maxKeys) this.#vergeetVolle(ms);
      b = { tokens: this.#rule.piek, ms };
      this.#buckets.set(key, b);
    } else this.#vul(b, ms);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - b.tokens) * 60) / this.#rule.perMinuut)) };
  }

  /** Full buckets say nothing a new one would not: dropped when the map grows too big. */
  #vergeetVolle(ms: number): void {
    for (const [key, b] of this.#buckets) {
      this.#vul(b, ms);
      if (b.tokens >= this.#rule.piek) this.#buckets.delete(key);
    }
  }
}
