/**
 * Whether a citizen asks how their own case stands ("hoe staat het met mijn aanvraag?"). Narrow on
 * purpose: "hoe vraag ik een bladkorf aan?" is a question for the knowledge base, not about a zaak.
 */
const PATRONEN = [
  /\bhoe staat het\b/,
  /\bstand van zaken\b/,
  /\bstatus van (mijn|de|het)\b/,
  /\bmijn (aanvraag|zaak|vergunning|melding|bezwaar|aanvragen|zaken)\b/,
  /\bhoe ver (is|zijn)\b/,
  /\bwanneer (hoor|krijg) ik\b/,
  /\bzaaknummer\b/,
];

export function isZaakstatusVraag(tekst: string): boolean {
  const t = tekst
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return PATRONEN.some((p) => p.test(t));
}
