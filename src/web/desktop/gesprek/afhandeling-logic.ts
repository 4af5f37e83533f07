/** The select's value for "Anders": a topic typed by the agent. Not a category slug (those have no underscores). */
export const ANDERS = '__anders__';

/**
 * The wrap-up topics: the kennisbank's categories (the same the classifier assigns, so the
 * agent's topic and Loket's land in one bucket), each once, in Dutch alphabetical order.
 */
export function onderwerpKeuzes(categorieen: readonly string[]): string[] {
  const uniek = new Map<string, string>();
  for (const c of categorieen) {
    const trimmed = c.trim();
    if (trimmed && !uniek.has(trimmed.toLowerCase())) uniek.set(trimmed.toLowerCase(), trimmed);
  }
  return [...uniek.values()].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** A category slug as a person reads it: "openbare-ruimte" → "Openbare ruimte". */
export function onderwerpLabel(categorie: string): string {
  const text = categorie.replace(/[-_]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the select starts on: the detected topic when it is in the list, else nothing chosen. */
export function beginKeuze(keuzes: readonly string[], herkend: string | null | undefined): string {
  if (!herkend) return '';
  return keuzes.find((k) => k.toLowerCase() === herkend.toLowerCase()) ?? '';
}

/** The categorie to send: the chosen topic, or the typed one for "Anders"; '' when missing. */
export function gekozenCategorie(keuze: string, anders: string): string {
  return keuze === ANDERS ? anders.trim() : keuze.trim();
}
