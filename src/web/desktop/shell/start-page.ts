/**
 * Where a medewerker lands after logging in (and on "#/"): a page every role may use, never an
 * error page. The KCC and team leads work from the inbox; the back office from its werklijst.
 */
export function startPagina(rollen: readonly string[]): string {
  if (rollen.includes('kcc') || rollen.includes('teamleider')) return '#/inbox';
  if (rollen.includes('backoffice')) return '#/werklijst';
  if (rollen.includes('redacteur')) return '#/kennisbank';
  if (rollen.includes('beheerder')) return '#/beheer';
  return '#/inbox';
}

/** Whether the role may use the inbox at all (klantcontact:lezen), so the menu can leave it out. */
export function heeftInbox(rollen: readonly string[]): boolean {
  return ['kcc', 'backoffice', 'teamleider'].some((r) => rollen.includes(r));
}

/** Who has a werklijst (interne-taak:lezen). */
export function heeftWerklijst(rollen: readonly string[]): boolean {
  return ['kcc', 'backoffice', 'teamleider'].some((r) => rollen.includes(r));
}
