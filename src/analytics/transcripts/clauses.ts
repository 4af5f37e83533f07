/**
 * Splits a turn into clauses: sentences, and sentence parts joined by ", dus", ", maar",
 * ", want" or ", en". Rules about case information are judged per clause, so a general
 * remark next to a personal one does not hide it (and the other way round).
 */
export interface Clause {
  text: string;
  /** lower case, for cue matching */
  lower: string;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/u;
const JOINERS = /,\s+(?=(?:dus|maar|want|en)\s)/iu;

export function splitClauses(text: string): Clause[] {
  return text
    .replace(/\.\.\.|…/g, ',')
    .split(SENTENCE_END)
    .flatMap((sentence) => sentence.split(JOINERS))
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ text: part, lower: part.toLowerCase() }));
}
