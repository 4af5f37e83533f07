import { foldName } from './normalize.ts';

/** Strips diacritics but keeps case and length-stable enough for the capital-letter check below. */
function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type StreetFinder = (text: string) => string | null;

/**
 * Finds the first known street named in free text and returns its folded name.
 * Street names are often ordinary words ("Achterom", "Smederij"), so a mention only counts
 * when it is written with a capital, follows "de"/"het" ("in de lindelaan"), or carries a
 * house number ("Berkenhof 12").
 */
export function createStreetFinder(streetNames: readonly string[]): StreetFinder {
  const folded = [...new Set(streetNames.map(foldName).filter((n) => n !== ''))];
  if (folded.length === 0) return () => null;
  // Longest first so "Nieuwe Gracht" wins over a shorter name it contains.
  const alternatives = folded.sort((a, b) => b.length - a.length).map((name) => name.split(' ').map(escapeRegExp).join('[\\s-]+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])(\\s+\\d+)?`, 'giu');
  return (text) => {
    const plain = stripMarks(text);
    for (const match of plain.matchAll(pattern)) {
      const name = match[1]!;
      const before = plain.slice(Math.max(0, match.index - 4), match.index).toLowerCase();
      const capitalised = name[0] !== name[0]!.toLowerCase();
      if (capitalised || match[2] !== undefined || /\b(de|het)\s+$/.test(before)) return foldName(name);
    }
    return null;
  };
}

/**
 * First Dutch postcode in free text, as its 4 digits. Letters must be capitals when spaced
 * ("3541 AB") because "2026 is" would otherwise look like a postcode; "3541ab" is accepted.
 */
export function findPostcodeInText(text: string, known?: ReadonlySet<string>): string | null {
  const pattern = /(?<!\d)([1-9]\d{3})(?:\s?([A-Z]{2})|([a-z]{2}))(?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(pattern)) {
    const pc = match[1]!;
    if (!known || known.has(pc)) return pc;
  }
  return null;
}
