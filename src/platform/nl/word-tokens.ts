/** A word in a text, with its position, for recognisers that work on spoken (speech-to-text) Dutch. */
export interface WordToken {
  text: string;
  /** lower case without diacritics, so "Tweeëntwintig" and "tweeentwintig" compare equal */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function stripDiacritics(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '');
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], norm: stripDiacritics(match[0].toLowerCase()), start, end: start + match[0].length });
  }
  return tokens;
}

/** The characters between two neighbouring tokens (punctuation and spaces). */
export function gapBetween(text: string, left: WordToken, right: WordToken): string {
  return text.slice(left.end, right.start);
}

/** True when the gap holds the end of a sentence; an ellipsis is hesitation, not an end. */
export function isSentenceBreak(gap: string): boolean {
  return /[.!?]/.test(gap.replace(/\.\.\.|…/g, ''));
}

const FILLERS = new Set(['eh', 'ehm', 'uh', 'uhm', 'hm', 'hmm', 'nou', 'even', 'kijken']);

export function isFiller(token: WordToken): boolean {
  return FILLERS.has(token.norm);
}
