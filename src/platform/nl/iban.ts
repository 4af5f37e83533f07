/**
 * IBAN with the ISO 13616 mod-97 check, written ("NL91 ABNA 0417 1643 00") or spelled out
 * ("N L negen één A B N A nul vier ...").
 */
import { parseDutchNumber } from './spoken-numbers.ts';
import { tokenize } from './word-tokens.ts';

export interface Iban {
  /** without spaces, upper case */
  value: string;
  start: number;
  end: number;
}

const LENGTHS: Record<string, number> = { NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, LU: 20, AT: 20, PL: 28, PT: 25, IE: 22 };

export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const WRITTEN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b/gi;

function spokenIbans(text: string): Iban[] {
  const found: Iban[] = [];
  let chars = '';
  let starts: number[] = [];
  let ends: number[] = [];
  const flush = (): void => {
    for (const match of chars.matchAll(/[A-Z]{2}\d{2}[A-Z0-9]{10,30}/g)) {
      for (let length = match[0].length; length >= 14; length--) {
        const candidate = match[0].slice(0, length);
        if (!isValidIban(candidate)) continue;
        found.push({ value: candidate, start: starts[match.index] ?? 0, end: ends[match.index + length - 1] ?? 0 });
        break;
      }
    }
    chars = '';
    starts = [];
    ends = [];
  };
  for (const token of tokenize(text)) {
    const value = /^\p{L}+$/u.test(token.text) ? parseDutchNumber(token.text) : null;
    const piece =
      /^[A-Za-z]$/.test(token.text) || /^[A-Z]{2,4}$/.test(token.text) || /^\d+$/.test(token.text)
        ? token.text.toUpperCase()
        : value !== null && value < 10
          ? String(value)
          : null;
    if (piece === null) {
      flush();
      continue;
    }
    for (const _ of piece) {
      starts.push(token.start);
      ends.push(token.end);
    }
    chars += piece;
  }
  flush();
  return found;
}

export function findIbans(text: string): Iban[] {
  const found: Iban[] = [];
  for (const match of text.matchAll(WRITTEN)) {
    const value = match[0].replace(/\s+/g, '').toUpperCase();
    if (isValidIban(value)) found.push({ value, start: match.index, end: match.index + match[0].length });
  }
  for (const iban of spokenIbans(text)) {
    if (!found.some((f) => f.value === iban.value)) found.push(iban);
  }
  return found;
}
