/**
 * Street names with an optional house number: "Kastanjelaan 14", "Iepenstraat 6b",
 * "Zwaluwhof, nummer 20", "Prins Hendrikkade twaalf". A street is recognised by its Dutch
 * suffix, so no street register is needed.
 */
import { parseDutchNumber } from './spoken-numbers.ts';

export interface StreetAddress {
  street: string;
  houseNumber: string | null;
  start: number;
  end: number;
}

const SUFFIXES = [
  'straat',
  'laan',
  'weg',
  'kade',
  'hof',
  'plein',
  'pad',
  'singel',
  'gracht',
  'dijk',
  'dreef',
  'park',
  'plantsoen',
  'steeg',
  'veld',
  'markt',
  'baan',
  'wal',
  'haven',
  'dam',
  'oord',
  'poort',
  'vaart',
  'hoven',
  'erf',
  'brink',
  'kwartier',
  'boulevard',
  'allee',
  'promenade',
  'passage',
  'wetering',
  'zijde',
];
const PREFIXES = [
  'Burgemeester',
  'Prins',
  'Prinses',
  'Koning',
  'Koningin',
  'Graaf',
  'Sint',
  'Oude',
  'Nieuwe',
  'Korte',
  'Lange',
  'Kleine',
  'Grote',
  'Hoge',
  'Lage',
  'Van',
];

const STREET = new RegExp(
  `(?<![\\p{L}])((?:(?:${PREFIXES.join('|')}) )?\\p{Lu}[\\p{L}'-]*?(?:${SUFFIXES.join('|')}))(?![\\p{L}])` +
    `(?:(?:,? (?:nummer|huisnummer|nr\\.?) |,? | )(\\d{1,5}(?: ?[a-zA-Z](?![\\p{L}]))?|\\p{L}+))?`,
  'gu',
);

function houseNumber(raw: string | undefined): string | null {
  if (!raw) return null;
  if (/^\d/.test(raw)) return raw.replace(/\s+/g, '').toLowerCase();
  const spoken = parseDutchNumber(raw);
  return spoken !== null && spoken > 0 && spoken < 10000 ? String(spoken) : null;
}

// Everyday words that happen to end like a street name.
const NOT_STREETS = new Set(['onderweg', 'halfweg', 'overweg']);

export function findStreetAddresses(text: string): StreetAddress[] {
  const found: StreetAddress[] = [];
  for (const match of text.matchAll(STREET)) {
    const street = match[1] ?? '';
    if (NOT_STREETS.has(street.toLowerCase())) continue;
    const number = houseNumber(match[2]);
    const end = number ? match.index + match[0].length : match.index + street.length;
    found.push({ street, houseNumber: number, start: match.index, end });
  }
  return found;
}

export function sameStreet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
