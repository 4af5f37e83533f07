import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/transaction.ts';
import type { InlogUitkomst } from '../db/schema.ts';
import { clientAddressKey, passThrottle, takeBack, type Gate, type ThrottleRule } from '../platform/throttle.ts';

/**
 * How hard login is throttled. Per account the wait stays short (at most 30 s), so whoever
 * guesses at a known user's name can slow that user down but never lock them out: their correct
 * password gets through once the short wait is over. Per address the wait grows to 15 minutes,
 * so one machine that keeps guessing (at any names) is the one that is locked out.
 */
export const LOGIN_ACCOUNT: ThrottleRule = { free: 5, capSeconds: 30, quietMs: 15 * 60_000 };
export const LOGIN_ADRES: ThrottleRule = { free: 20, capSeconds: 15 * 60, quietMs: 15 * 60_000 };
export const ACCOUNT_PREFIX = 'login-account:';
export const ADRES_PREFIX = 'login-adres:';

export interface LoginAttempt {
  gebruikersnaam: string;
  adres: string;
}

export function loginAttempt(request: FastifyRequest, gebruikersnaam: string): LoginAttempt {
  // Unknown names are counted too, or a 429 would tell which names exist.
  return { gebruikersnaam: gebruikersnaam.trim().toLowerCase(), adres: clientAddressKey(request.ip) };
}

/** Counts the attempt before the password is hashed; refuses it while a wait is running. */
export function admitLogin(db: Db, attempt: LoginAttempt, now: Date): Promise<Gate> {
  return passThrottle(
    db,
    [
      { sleutel: ACCOUNT_PREFIX + attempt.gebruikersnaam, rule: LOGIN_ACCOUNT },
      { sleutel: ADRES_PREFIX + attempt.adres, rule: LOGIN_ADRES },
    ],
    now,
  );
}

/**
 * A correct password clears the account's count; the address only gets this one attempt back,
 * so an attacker with one valid account cannot wipe the count of their guesses at others.
 */
export async function loginSucceeded(db: Db, attempt: LoginAttempt): Promise<void> {
  await takeBack(db, ACCOUNT_PREFIX + attempt.gebruikersnaam, 'reset');
  await takeBack(db, ADRES_PREFIX + attempt.adres, 'one');
}

export async function logLoginAttempt(db: Db, attempt: LoginAttempt, uitkomst: InlogUitkomst, now: Date): Promise<void> {
  await db
    .insertInto('inlogpoging')
    .values({ tijdstip: now, gebruikersnaam: attempt.gebruikersnaam.slice(0, 200), adres: attempt.adres, uitkomst })
    .execute();
}
