import type { RequestContext } from '../platform/principal.ts';

/**
 * The verification gate. A first-line agent learns who is on the line by verifying them
 * (identificatie/): until then nothing about a gesprek names its partij (not its id, not its full
 * name), since the id leads to the full record and its history. Back office and team leads work on
 * cases they are given and see it as before. Here, below contacts/ and conversations/, so every
 * view of a gesprek or of its klantcontact applies the same rule.
 */
export function partijHiddenFrom(
  ctx: RequestContext,
  gesprek: { partij_id: string | null; geverifieerd_op: Date | string | null },
): boolean {
  return (
    gesprek.partij_id !== null &&
    gesprek.geverifieerd_op === null &&
    !ctx.principal.rollen.some((rol) => rol === 'backoffice' || rol === 'teamleider')
  );
}
