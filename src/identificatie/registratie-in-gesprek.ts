import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { GesprekNotFound } from '../conversations/conversations.errors.ts';
import { linkGesprekToPartij } from '../conversations/gesprek-partij.service.ts';
import { createPartij } from '../parties/parties.service.ts';
import type { NewPartijBody } from '../parties/parties.schemas.ts';
import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { markVerified, VerifierNotMedewerker } from './verificatie.service.ts';

export const GesprekHeeftPartij = defineError(
  'LOKET_GESPREK_HEEFT_PARTIJ',
  409,
  'Bij dit gesprek hoort al een inwoner. Controleer die identiteit in plaats van een nieuwe te registreren.',
  'This gesprek already has a citizen. Verify that identity instead of registering a new one.',
);

export const METHODE_GEREGISTREERD = 'geregistreerd in gesprek';

/**
 * Registers the caller of an anonymous gesprek as a new partij from what they told the agent, and
 * links it. The agent has just taken these details from the caller in this very gesprek, so the
 * caller counts as verified for it (asking the same three questions back would check the agent's
 * typing, not the caller). A gesprek that already names a partij is refused: registering a
 * stranger over it would let the gate be passed without checking the partij that was found.
 */
export async function registreerInGesprek(db: Db, ctx: RequestContext, gesprekId: string, body: NewPartijBody) {
  if (ctx.principal.kind !== 'medewerker') throw VerifierNotMedewerker();
  return inTransaction(db, async (trx) => {
    // Locked, so a double submit cannot register two partijen for one caller.
    const gesprek = await trx.selectFrom('gesprek').select('partij_id').where('id', '=', gesprekId).forUpdate().executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    if (gesprek.partij_id) throw GesprekHeeftPartij();
    const partij = await createPartij(trx, ctx, body);
    await linkGesprekToPartij(trx, ctx, gesprekId, partij.id);
    await markVerified(trx, ctx, gesprekId, METHODE_GEREGISTREERD, ['naam', 'geboortedatum', 'adres']);
    return { geverifieerd: true as const, methode: METHODE_GEREGISTREERD, partij };
  });
}
