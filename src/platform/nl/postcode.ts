/**
 * Dutch postcodes ("1234 AB"), also when spoken digit by digit ("drie vijf vier vijf, eh... M... MV")
 * or as two pairs ("vijfendertig zevenenveertig AB"). Only complete postcodes count.
 */
import { parseDutchNumber } from './spoken-numbers.ts';
import { gapBetween, isFiller, isSentenceBreak, tokenize, type WordToken } from './word-tokens.ts';

export interface Postcode {
  /** normalised "1234 AB" */
  value: string;
  start: number;
  end: number;
}

const WRITTEN = /\b([1-9]\d{3}) ?([A-Z]{2})\b/g;

function digitsAt(tokens: WordToken[], i: number, text: string): { digits: string; next: number } | null {
  const first = tokens[i];
  if (!first) return null;
  if (/^[1-9]\d{3}$/.test(first.text)) return { digits: first.text, next: i + 1 };
  let digits = '';
  let j = i;
  while (j < tokens.length && digits.length < 4) {
    const token = tokens[j] as WordToken;
    if (j > i && !/^[\s,]*$/.test(gapBetween(text, tokens[j - 1] as WordToken, token))) break;
    const value = /^\p{L}+$/u.test(token.text) ? parseDutchNumber(token.text) : null;
    if (value === null || value > 99) break;
    digits += String(value);
    j++;
  }
  if (digits.length !== 4 || digits.startsWith('0')) return null;
  return { digits, next: j };
}

/**
 * Letters as they are spoken in Dutch ("ka em" for KM), and the first names of the Dutch
 * spelling alphabet ("Karel Maria"). Ambiguous everyday words (en, u, ie, a, o) count only
 * when the other letter of the pair is unambiguous.
 */
const LETTER_NAMES: Record<string, string> = {
  aa: 'A',
  bee: 'B',
  cee: 'C',
  dee: 'D',
  ee: 'E',
  ef: 'F',
  gee: 'G',
  ha: 'H',
  haa: 'H',
  jee: 'J',
  jot: 'J',
  ka: 'K',
  kaa: 'K',
  el: 'L',
  em: 'M',
  pee: 'P',
  ku: 'Q',
  kuu: 'Q',
  er: 'R',
  es: 'S',
  tee: 'T',
  uu: 'U',
  vee: 'V',
  wee: 'W',
  iks: 'X',
  ij: 'Y',
  ei: 'Y',
  zet: 'Z',
  anton: 'A',
  bernard: 'B',
  cornelis: 'C',
  dirk: 'D',
  eduard: 'E',
  ferdinand: 'F',
  gerard: 'G',
  hendrik: 'H',
  izaak: 'I',
  johan: 'J',
  karel: 'K',
  lodewijk: 'L',
  maria: 'M',
  nico: 'N',
  otto: 'O',
  pieter: 'P',
  quirinus: 'Q',
  richard: 'R',
  simon: 'S',
  theodoor: 'T',
  utrecht: 'U',
  victor: 'V',
  willem: 'W',
  xantippe: 'X',
  ypsilon: 'Y',
  zacharias: 'Z',
};
const AMBIGUOUS_LETTERS: Record<string, string> = { a: 'A', en: 'N', ie: 'I', i: 'I', o: 'O', oo: 'O', u: 'U' };

/** Two spoken letters in a row ("ka em", "es tee"), at least one of them unambiguous. */
function spokenLetters(first: WordToken, second: WordToken | undefined): string | null {
  if (!second) return null;
  const a = LETTER_NAMES[first.norm];
  const b = LETTER_NAMES[second.norm];
  if (!a && !b) return null;
  const left = a ?? AMBIGUOUS_LETTERS[first.norm];
  const right = b ?? AMBIGUOUS_LETTERS[second.norm];
  return left && right ? left + right : null;
}

function lettersAt(tokens: WordToken[], i: number, text: string): { letters: string; last: number } | null {
  let j = i;
  for (let skipped = 0; skipped <= 3 && j < tokens.length; skipped++, j++) {
    const token = tokens[j] as WordToken;
    if (isSentenceBreak(gapBetween(text, tokens[j - 1] as WordToken, token))) return null;
    if (/^[A-Z]{2}$/.test(token.text)) return { letters: token.text, last: j };
    const spoken = spokenLetters(token, tokens[j + 1]);
    if (spoken && !isSentenceBreak(gapBetween(text, token, tokens[j + 1] as WordToken))) return { letters: spoken, last: j + 1 };
    const following = tokens[j + 1];
    if (/^[A-Z]$/.test(token.text) && following && /^[A-Z]$/.test(following.text)) {
      return { letters: token.text + following.text, last: j + 1 };
    }
    if (!isFiller(token) && !/^[A-Z]$/.test(token.text)) return null;
  }
  return null;
}

function spokenPostcodes(text: string): Postcode[] {
  const tokens = tokenize(text);
  const found: Postcode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (/^\d/.test(tokens[i]?.text ?? '')) continue;
    const digits = digitsAt(tokens, i, text);
    if (!digits) continue;
    const letters = lettersAt(tokens, digits.next, text);
    if (!letters) continue;
    found.push({ value: `${digits.digits} ${letters.letters}`, start: tokens[i]?.start ?? 0, end: tokens[letters.last]?.end ?? 0 });
    i = letters.last;
  }
  return found;
}

function writtenWithPause(text: string): Postcode[] {
  const tokens = tokenize(text);
  const found: Postcode[] = [];
  tokens.forEach((token, i) => {
    if (!/^[1-9]\d{3}$/.test(token.text)) return;
    const letters = lettersAt(tokens, i + 1, text);
    if (letters) found.push({ value: `${token.text} ${letters.letters}`, start: token.start, end: tokens[letters.last]?.end ?? token.end });
  });
  return found;
}

export function findPostcodes(text: string): Postcode[] {
  const found = new Map<number, Postcode>();
  for (const match of text.matchAll(WRITTEN)) {
    found.set(match.index, { value: `${match[1]} ${match[2]}`, start: match.index, end: match.index + match[0].length });
  }
  for (const postcode of [...writtenWithPause(text), ...spokenPostcodes(text)]) {
    if (![...found.values()].some((p) => p.start <= postcode.start && postcode.start < p.end)) found.set(postcode.start, postcode);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
