import { isIPv6 } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { defineError } from './errors.ts';

/**
 * Throttling shared by every node through the database (table drempel_teller). A key gets `free`
 * attempts; each attempt after that must wait twice as long as the one before, from 1 s up to
 * `capSeconds`; a key that stays quiet for `quietMs` is forgotten. The check runs before the
 * expensive work (an argon2 hash, a new gesprek), and counts the attempt at once, so a burst of
 * parallel requests cannot all slip through before the first one is counted.
 */
export interface ThrottleRule {
  free: number;
  capSeconds: number;
  quietMs: number;
}

export interface ThrottleKey {
  sleutel: string;
  rule: ThrottleRule;
}

export type Gate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const TooManyAttempts = defineError(
  'LOKET_TE_VEEL_POGINGEN',
  429,
  'Te veel pogingen; probeer het over enkele ogenblikken opnieuw.',
  'Too many attempts; please try again shortly.',
);

/** Seconds an attempt must wait after the last one, when `count` attempts are on the key. */
export function waitSeconds(rule: ThrottleRule, count: number): number {
  return count < rule.free ? 0 : Math.min(2 ** (count - rule.free), rule.capSeconds);
}

interface Counter {
  pogingen: number;
  laatste_poging: Date;
}

const liveCount = (row: Counter | undefined, rule: ThrottleRule, now: Date) =>
  row && now.getTime() - new Date(row.laatste_poging).getTime() <= rule.quietMs ? row.pogingen : 0;

/**
 * Lets an attempt through (and counts it on every key) or says how long to wait. The keys are
 * locked in a fixed order with advisory locks, so nodes never count the same attempt twice and
 * a refused attempt creates no rows (a spray of made-up names costs no storage).
 */
export function passThrottle(db: Db, keys: readonly ThrottleKey[], now: Date): Promise<Gate> {
  const sorted = [...keys].sort((a, b) => a.sleutel.localeCompare(b.sleutel));
  return inTransaction(db, async (trx) => {
    for (const { sleutel } of sorted) await sql`select pg_advisory_xact_lock(hashtext(${sleutel}))`.execute(trx);
    const rows = await trx
      .selectFrom('drempel_teller')
      .selectAll()
      .where(
        'sleutel',
        'in',
        sorted.map((k) => k.sleutel),
      )
      .execute();
    const bySleutel = new Map(rows.map((row) => [row.sleutel, row]));
    let waitMs = 0;
    for (const { sleutel, rule } of sorted) {
      const row = bySleutel.get(sleutel);
      const count = liveCount(row, rule, now);
      if (!row || count === 0) continue;
      const until = new Date(row.laatste_poging).getTime() + waitSeconds(rule, count) * 1000;
      waitMs = Math.max(waitMs, until - now.getTime());
    }
    if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
    for (const { sleutel, rule } of sorted) {
      const pogingen = liveCount(bySleutel.get(sleutel), rule, now) + 1;
      await trx
        .insertInto('drempel_teller')
        .values({ sleutel, pogingen, laatste_poging: now })
        .onConflict((oc) => oc.column('sleutel').doUpdateSet({ pogingen, laatste_poging: now }))
        .execute();
    }
    return { allowed: true };
  });
}

/** Takes back counted attempts: all of them (`reset`) or the one just made (`one`). */
export async function takeBack(db: Db, sleutel: string, how: 'reset' | 'one'): Promise<void> {
  if (how === 'reset') {
    await db.deleteFrom('drempel_teller').where('sleutel', '=', sleutel).execute();
    return;
  }
  await db
    .updateTable('drempel_teller')
    .set({ pogingen: sql`greatest(pogingen - 1, 0)` })
    .where('sleutel', '=', sleutel)
    .execute();
}

/** Keys whose next attempt must wait now, for the beheerder. */
export async function throttledKeys(db: Db, prefix: string, rule: ThrottleRule, now: Date) {
  const rows = await db
    .selectFrom('drempel_teller')
    .selectAll()
    .where('sleutel', 'like', `${prefix}%`)
    .where('pogingen', '>=', rule.free)
    .where('laatste_poging', '>=', new Date(now.getTime() - rule.quietMs))
    .orderBy('laatste_poging', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    sleutel: row.sleutel.slice(prefix.length),
    pogingen: row.pogingen,
    wachtTot: new Date(new Date(row.laatste_poging).getTime() + waitSeconds(rule, row.pogingen) * 1000),
  }));
}

/**
 * The address a client is counted under. One IPv6 subscriber usually holds a whole /64, so
 * counting single IPv6 addresses would give an attacker 2^64 fresh keys.
 */
export function clientAddressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The citizen's public routes (a chat, a form, a call-back request): 30 requests from one address,
 * then one per 1, 2, 4 ... up to 60 seconds; ten quiet minutes start afresh. A town hall's shared
 * Wi-Fi stays well inside this; a script filling the queues with junk does not.
 */
export const PUBLIC_ROUTE: ThrottleRule = { free: 30, capSeconds: 60, quietMs: 10 * 60_000 };

/** An onRequest hook that throttles one kind of public request per client address. */
export function publicThrottle(
  db: Db,
  clock: { now(): Date },
  soort: string,
  rule: ThrottleRule = PUBLIC_ROUTE,
  refused: () => Error = TooManyAttempts,
) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const gate = await passThrottle(db, [{ sleutel: `publiek-${soort}:${clientAddressKey(request.ip)}`, rule }], clock.now());
    if (gate.allowed) return;
    reply.header('retry-after', String(gate.retryAfterSeconds));
    throw refused();
  };
}
