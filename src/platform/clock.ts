/**
 * The time as Loket sees it. Code that decides by the date or the hour (slots, service levels,
 * deadlines, retention, review reminders, hotspot weeks, opening hours) asks a Clock instead of
 * `new Date()`, so tests can fix the moment and pass on any day of the year.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock standing still at one moment; `set` and `advance` move it (tests only). */
export class FixedClock implements Clock {
  #ms: number;

  constructor(moment: string | Date) {
    this.#ms = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
    if (Number.isNaN(this.#ms)) throw new Error(`FixedClock: not a moment: ${String(moment)}`);
  }

  now(): Date {
    return new Date(this.#ms);
  }

  set(moment: string | Date): void {
    this.#ms = new Date(moment).getTime();
  }

  advance(ms: number): void {
    this.#ms += ms;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The clock every route and job of this app asks for the time (AppDeps.clock). */
    clock: Clock;
  }
}
