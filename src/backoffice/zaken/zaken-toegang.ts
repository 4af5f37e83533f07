import { gesprekVerificatie, NotVerified } from '../../identificatie/verificatie.service.ts';
import type { Db } from '../../db/transaction.ts';
import { Forbidden } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/principal.ts';

/**
 * Who may see a partij's zaken: the back office and team leads by their role; a KCC agent only
 * inside a gesprek whose caller is verified as this partij (the werkinstructie's identification
 * gate before case information is disclosed).
 */
export async function checkZakenToegang(db: Db, ctx: RequestContext, partijId: string, gesprekId: string | undefined): Promise<void> {
  const rollen = ctx.principal.rollen;
  if (rollen.includes('backoffice') || rollen.includes('teamleider')) return;
  if (!rollen.includes('kcc') || !gesprekId) throw Forbidden();
  const gesprek = await gesprekVerificatie(db, gesprekId);
  if (gesprek.partijId !== partijId || !gesprek.geverifieerd) throw NotVerified();
}
