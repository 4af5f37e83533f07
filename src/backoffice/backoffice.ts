import type https from 'node:https';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/transaction.ts';
import type { Bron } from './bronnen/bron.ts';
import type { BronnenDeps } from './bronnen/bronnen.service.ts';
import { CircuitBreaker } from '../platform/http-client/circuit-breaker.ts';
import { DEFAULT_MAX_BYTES } from '../platform/http-client/bron-http.ts';
import { TtlCache } from '../platform/http-client/ttl-cache.ts';

/**
 * What one Loket node keeps about its back-office sources between requests: answers per
 * (source, person) for a minute, catalogue entries for an hour, a circuit breaker per source,
 * OAuth tokens and mTLS agents. In memory: a second node has its own, and that is fine for data
 * that is this short-lived.
 */
export interface BackofficeOptions {
  /** How long a source's zaken of one person are reused (default 60 s). */
  cacheTtlMs: number;
  /** How long zaaktypen and statustypen are reused (default 1 h): they change with a new catalogue version. */
  catalogiTtlMs: number;
  /** Failures in a row that open a source's breaker (default 3). */
  breakerThreshold: number;
  /** How long an open breaker waits before one request may try again (default 30 s). */
  breakerCooldownMs: number;
  /** Pages of zaken followed per source (default 5). */
  maxPages: number;
  /** Largest answer read from a source (default 2 MB); larger is "ongeldig-antwoord". */
  maxBytes: number;
}

export const DEFAULT_BACKOFFICE_OPTIONS: BackofficeOptions = {
  cacheTtlMs: 60_000,
  catalogiTtlMs: 3_600_000,
  breakerThreshold: 3,
  breakerCooldownMs: 30_000,
  maxPages: 5,
  maxBytes: DEFAULT_MAX_BYTES,
};

export class Backoffice {
  /** Sources from the environment or the demo back office (read-only in beheer). */
  omgeving: Bron[] = [];
  readonly options: BackofficeOptions;
  readonly zakenCache: TtlCache<unknown>;
  readonly catalogiCache: TtlCache<unknown>;
  readonly tokens = new Map<string, { token: string; until: number }>();
  readonly agents = new Map<string, https.Agent>();
  readonly #breakers = new Map<string, CircuitBreaker>();

  constructor(
    readonly db: Db,
    readonly key: Buffer | undefined,
    readonly log: FastifyBaseLogger,
    options: Partial<BackofficeOptions> = {},
  ) {
    this.options = { ...DEFAULT_BACKOFFICE_OPTIONS, ...options };
    this.zakenCache = new TtlCache(this.options.cacheTtlMs);
    this.catalogiCache = new TtlCache(this.options.catalogiTtlMs);
  }

  get bronnen(): BronnenDeps {
    return { db: this.db, key: this.key, omgeving: () => this.omgeving };
  }

  breaker(bron: Bron): CircuitBreaker {
    const key = `${bron.id}@${bron.versie}`;
    let breaker = this.#breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker({ threshold: this.options.breakerThreshold, cooldownMs: this.options.breakerCooldownMs });
      this.#breakers.set(key, breaker);
    }
    return breaker;
  }

  /** Forgets every source's cached zaken of one person or organisation (BSN, KvK, RSIN, vestigingsnummer): for notifications. */
  invalidate(identificator: string): void {
    this.zakenCache.deleteWhere((key) => key.endsWith(`|${identificator}`));
  }

  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Back-office sources, caches and breakers of this node; `invalidate(bsn)` for notifications. */
    backoffice: Backoffice;
  }
}
