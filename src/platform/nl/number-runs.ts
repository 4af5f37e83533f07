/**
 * Runs of numbers as speech-to-text writes a phone number or account number:
 * "nul zes, twaalf, vierendertig" or "06-1234 5678" → "0612345678".
 */
import { parseDutchNumber } from './spoken-numbers.ts';
import { gapBetween, tokenize, type WordToken } from './word-tokens.ts';

export interface DigitRun {
  digits: string;
  start: number;
  end: number;
}

function digitsOf(token: WordToken): string | null {
  if (/^\d+(?:-\d+)*$/.test(token.text)) return token.text.replace(/-/g, '');
  if (!/^\p{L}+$/u.test(token.text)) return null;
  const value = parseDutchNumber(token.text);
  return value === null || value >= 1000 ? null : String(value);
}

/** Neighbouring numbers joined by spaces, commas, dashes or brackets; a sentence end splits them. */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let current: { digits: string; start: number; end: number } | null = null;
  let previous: WordToken | null = null;
  for (const token of tokenize(text)) {
    const digits = digitsOf(token);
    const joined = previous !== null && current !== null && /^[\s,()/-]*$/.test(gapBetween(text, previous, token));
    if (digits === null || !joined) {
      if (current) runs.push(current);
      current = null;
    }
    if (digits !== null) {
      current = current
        ? { digits: current.digits + digits, start: current.start, end: token.end }
        : { digits, start: token.start, end: token.end };
      if (text[token.start - 1] === '+' && current.start === token.start) current.digits = `+${current.digits}`;
    }
    previous = token;
  }
  if (current) runs.push(current);
  return runs;
}
