/**
 * One breaker per source: after `threshold` failures in a row the source is not asked for
 * `cooldownMs` (the agent sees it as "uit" at once instead of waiting for a timeout on every
 * screen); then one request may try (half-open), and its outcome closes or reopens the breaker.
 */
export type BreakerStand = 'dicht' | 'open' | 'half-open';

export interface BreakerOptions {
  threshold: number;
  cooldownMs: number;
}

export class CircuitBreaker {
  #failures = 0;
  #openedAt: number | undefined;
  #trialRunning = false;

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get stand(): BreakerStand {
    if (this.#openedAt === undefined) return 'dicht';
    return this.now() - this.#openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** Whether a request may go now; in half-open state only one at a time. */
  tryPass(): boolean {
    const stand = this.stand;
    if (stand === 'dicht') return true;
    if (stand === 'open' || this.#trialRunning) return false;
    this.#trialRunning = true;
    return true;
  }

  success(): void {
    this.#failures = 0;
    this.#openedAt = undefined;
    this.#trialRunning = false;
  }

  failure(): void {
    this.#failures += 1;
    if (this.#trialRunning || this.#failures >= this.options.threshold) this.#openedAt = this.now();
    this.#trialRunning = false;
  }
}
