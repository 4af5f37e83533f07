import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import type { Rol } from '../platform/roles.ts';

export const KiNietInSessie = defineError(
  'LOKET_KI_NIET_IN_SESSIE',
  403,
  'De Klantinteracties API is voor koppelingen en de backoffice; een KCC-medewerker werkt met klantcontacten in Loket zelf, waar de verificatie van de inwoner geldt.',
  'The Klantinteracties API is for integrations and the back office; a KCC agent works with contacts in Loket itself, where the citizen’s verification applies.',
);

/** Session roles whose work reads the Klantinteracties API: cases handed to them, and the team's oversight. */
const SESSIE_ROLLEN: readonly Rol[] = ['backoffice', 'teamleider'];

/**
 * Who may use the Klantinteracties API with a session (issue 20). The API is for integrations, which call it
 * with a token (a token has no gesprek and no caller to verify), and for the back office. The
 * desktop never calls it, so a kcc agent's session has no need for it — and through
 * betrokkenen → partij it would name the partij of a gesprek whose caller is not verified, walking
 * around the gate in parties/verificatie-poort.ts — on reads, and on writes too, since a write
 * answers with the resource it wrote. A session without a back-office or team-lead role is
 * therefore refused; tokens keep their permission as the route marks (x-rollen) say.
 */
export function assertKiSessie(ctx: RequestContext): void {
  if (ctx.principal.kind === 'medewerker' && !ctx.principal.rollen.some((rol) => SESSIE_ROLLEN.includes(rol))) throw KiNietInSessie();
}
