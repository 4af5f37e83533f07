import type { Db } from '../db/transaction.ts';
import { OidcUnknownUser } from './auth.errors.ts';
import { findMedewerkerBy, linkOidcSubject } from './medewerkers.queries.ts';
import { createMedewerker } from './medewerkers.service.ts';
import type { OidcIdentity } from './oidc.ts';

/**
 * Finds the medewerker for an identity the provider vouched for: by subject, else by e-mail
 * (then linked to the subject for next time). Unknown people get in only with auto-provisioning,
 * and then only as first-line agent; a beheerder grants more.
 */
export async function medewerkerForOidcIdentity(db: Db, identity: OidcIdentity, autoProvision: boolean): Promise<string> {
  const bySubject = await findMedewerkerBy(db, 'oidc_subject', identity.subject);
  if (bySubject?.actief) return bySubject.id;
  if (bySubject) throw OidcUnknownUser();
  const byEmail = identity.email ? await findMedewerkerBy(db, 'email', identity.email) : undefined;
  if (byEmail?.actief && !byEmail.oidc_subject) {
    await linkOidcSubject(db, byEmail.id, identity.subject);
    return byEmail.id;
  }
  if (!autoProvision) throw OidcUnknownUser();
  const created = await createMedewerker(db, {
    gebruikersnaam: identity.email ?? identity.subject,
    naam: identity.naam ?? identity.email ?? identity.subject,
    email: identity.email,
    oidcSubject: identity.subject,
    rollen: ['kcc'],
  });
  return created.id;
}
