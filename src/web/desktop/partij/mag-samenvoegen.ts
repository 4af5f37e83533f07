/** Mirrors PERMISSIONS['partij:samenvoegen'] in src/platform/roles.ts; the server checks it again. */
const SAMENVOEGEN = new Set(['kcc', 'teamleider']);

/** Whether a medewerker with these roles may merge partijen (offer the action or not). */
export const magSamenvoegen = (rollen: readonly string[]) => rollen.some((r) => SAMENVOEGEN.has(r));
