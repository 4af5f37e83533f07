import { kanaalSpec } from '../contract/kanalen.ts';
import type { Db } from '../db/transaction.ts';

/**
 * Where an agent's answer in a gesprek goes, following the channel catalogue's `antwoord`: most
 * channels answer on themselves; a call or a desk visit has no written way back, and a web form
 * answers by e-mail when the submission or the partij gave an address. `null`: there is no way to
 * send an answer, only a note (or a call back) — the desktop shows no reply box and the server
 * refuses one.
 */
export interface AntwoordRoute {
  /** The channel whose adapter delivers the answer. */
  via: string;
  /** The address on that channel when it differs from the gesprek's own (metadata.antwoordAan). */
  aan: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type GesprekVoorRoute = { kanaal: string; partij_id: string | null; metadata: unknown };

export async function antwoordRoute(db: Db, gesprek: GesprekVoorRoute): Promise<AntwoordRoute | null> {
  const antwoord = kanaalSpec(gesprek.kanaal).antwoord;
  if (antwoord === false) return null;
  if (antwoord === 'kanaal') return { via: gesprek.kanaal, aan: null };
  const opgegeven = (gesprek.metadata as { antwoordAan?: unknown } | null)?.antwoordAan;
  if (typeof opgegeven === 'string' && EMAIL.test(opgegeven)) return { via: 'email', aan: opgegeven };
  if (!gesprek.partij_id) return null;
  const adres = await db
    .selectFrom('digitaal_adres')
    .select('adres')
    .where('partij_id', '=', gesprek.partij_id)
    .where('soort_digitaal_adres', '=', 'email')
    .orderBy('is_standaard_adres', 'desc')
    .orderBy('aangemaakt_op', 'desc')
    .executeTakeFirst();
  return adres ? { via: 'email', aan: adres.adres } : null;
}
