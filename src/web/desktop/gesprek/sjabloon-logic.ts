export interface Sjabloon {
  id: string;
  titel: string;
  tekst: string;
}

export interface SjabloonWaarden {
  /** The citizen's name, only once verified; otherwise the placeholder stays for the agent. */
  naam: string | null;
  medewerker: string;
  zaaknummer: string | null;
}

const MAX_KEUZES = 8;

/** The "/word" the agent is typing at the cursor ("/" at the start or after a space), or null. */
export function slashVraag(tekst: string, cursor: number): { start: number; zoek: string } | null {
  const match = /(^|\s)\/([^\s/]*)$/.exec(tekst.slice(0, cursor));
  if (!match) return null;
  return { start: cursor - match[2]!.length - 1, zoek: match[2]! };
}

/** Templates whose title holds the typed word, starting-with first. */
export function passendeSjablonen(sjablonen: readonly Sjabloon[], zoek: string): Sjabloon[] {
  const z = zoek.toLowerCase();
  const hits = sjablonen.filter((s) => s.titel.toLowerCase().includes(z));
  return [...hits.filter((s) => s.titel.toLowerCase().startsWith(z)), ...hits.filter((s) => !s.titel.toLowerCase().startsWith(z))].slice(
    0,
    MAX_KEUZES,
  );
}

/** {{naam}}, {{medewerker}} and {{zaaknummer}} filled in where known; unknown ones stay visible. */
export function vulSjabloon(tekst: string, waarden: SjabloonWaarden): string {
  return tekst.replace(/\{\{\s*(naam|medewerker|zaaknummer)\s*\}\}/g, (geheel, naam: keyof SjabloonWaarden) => waarden[naam] ?? geheel);
}

/** The reply text with the "/word" replaced by the filled template, and where the cursor goes. */
export function metSjabloon(tekst: string, cursor: number, vraag: { start: number }, vulling: string): { tekst: string; cursor: number } {
  const nieuw = tekst.slice(0, vraag.start) + vulling + tekst.slice(cursor);
  return { tekst: nieuw, cursor: vraag.start + vulling.length };
}
