/**
 * Dutch number words as speech-to-text writes them: "vierenzestig", "tweeëntwintig",
 * "driehonderdtweeënnegentig", "tweeduizendvijftien", and years like "negentienvierenzestig".
 */
import { stripDiacritics } from './word-tokens.ts';

const SMALL: Record<string, number> = {
  nul: 0,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const COMPOUND = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;

function below100(word: string): number | null {
  const small = SMALL[word] ?? TENS[word];
  if (small !== undefined) return small;
  const match = COMPOUND.exec(word);
  if (!match) return null;
  return (SMALL[match[1] ?? ''] ?? 0) + (TENS[match[2] ?? ''] ?? 0);
}

function splitOn(word: string, unit: string, scale: number, part: (w: string) => number | null, maxLeft: number): number | null {
  const at = word.indexOf(unit);
  if (at < 0) return part(word);
  const left = word.slice(0, at);
  const right = word.slice(at + unit.length);
  const l = left === '' ? 1 : part(left);
  const r = right === '' ? 0 : part(right);
  if (l === null || r === null || l > maxLeft) return null;
  return l * scale + r;
}

function below1000(word: string): number | null {
  return splitOn(word, 'honderd', 100, below100, 99);
}

function belowMillion(word: string): number | null {
  return splitOn(word, 'duizend', 1000, below1000, 999);
}

/**
 * One word (or digit string) as a number. The bare article "een" is not a number;
 * "één" with accents is.
 */
export function parseDutchNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  if (lower === 'een') return null;
  return belowMillion(stripDiacritics(lower));
}

/** "negentienvierenzestig" → 1964, "tweeduizendvijftien" → 2015, "1949" → 1949; else null. */
export function parseDutchYear(word: string): number | null {
  if (/^(19|20)\d{2}$/.test(word)) return Number(word);
  const norm = stripDiacritics(word.toLowerCase());
  const century = /^(negentien|twintig)(.+)$/.exec(norm);
  if (century) {
    const rest = below100(century[2] ?? '');
    if (rest !== null) return (century[1] === 'negentien' ? 1900 : 2000) + rest;
  }
  const value = belowMillion(norm);
  return value !== null && value >= 1900 && value <= 2099 ? value : null;
}

/** Two-digit years as people say them in a date of birth. */
export function expandTwoDigitYear(value: number): number {
  return value < 30 ? 2000 + value : 1900 + value;
}

const ORDINAL_SPECIAL: Record<string, number> = { eerste: 1, derde: 3 };

/** "eerste", "vierde", "achtste", "eenentwintigste" → 1, 4, 8, 21. */
export function parseDutchOrdinal(word: string): number | null {
  const norm = stripDiacritics(word.toLowerCase());
  const special = ORDINAL_SPECIAL[norm];
  if (special !== undefined) return special;
  const digits = /^(\d+)(e|ste|de)$/.exec(norm);
  if (digits) return Number(digits[1]);
  const stem = norm.endsWith('ste') ? norm.slice(0, -3) : norm.endsWith('de') ? norm.slice(0, -2) : null;
  return stem ? parseDutchNumber(stem) : null;
}
