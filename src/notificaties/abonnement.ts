import { sql } from 'kysely';
import type { Config } from '../config.ts';
import { inTransaction, type Db } from '../db/transaction.ts';
import type { Abonnement, NotificatiesClient } from './notificaties.client.ts';

export const CALLBACK_PAD = '/api/notificaties/callback';

/** The abonnement this configuration asks for; undefined when Loket is not set up to subscribe. */
export function gewenstAbonnement(config: Config): Abonnement | undefined {
  const { notificatiesApi, abonnementKanalen } = config.gebeurtenissen;
  if (!notificatiesApi || !config.notificatiesCallbackAuth || abonnementKanalen.length === 0) return undefined;
  return {
    callbackUrl: `${config.publicUrl}${CALLBACK_PAD}`,
    auth: config.notificatiesCallbackAuth,
    kanalen: abonnementKanalen.map((k) => ({ naam: k.naam, filters: { ...k.filters } })),
  };
}

/**
 * Registers Loket's abonnement, or brings the one with our callback URL up to date. The
 * component never shows an abonnement's auth, so an existing one is always written again (PUT
 * is idempotent): a changed NOTIFICATIES_CALLBACK_AUTH reaches the component at the next start.
 */
export async function registreerAbonnement(client: NotificatiesClient, wens: Abonnement): Promise<'aangemaakt' | 'bijgewerkt'> {
  const bestaand = (await client.abonnementen()).find((a) => a.callbackUrl === wens.callbackUrl);
  if (bestaand) {
    await client.wijzigAbonnement(bestaand.url, wens);
    return 'bijgewerkt';
  }
  await client.maakAbonnement(wens);
  return 'aangemaakt';
}

/** The same, with nodes that start together taking turns, so they do not each create one. */
export function registreerAbonnementEenmaal(db: Db, client: NotificatiesClient, wens: Abonnement) {
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('loket:notificaties-abonnement'))`.execute(trx);
    return registreerAbonnement(client, wens);
  });
}
