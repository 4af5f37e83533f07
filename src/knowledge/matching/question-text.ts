import { dropNegatedTopics } from './negation.ts';

/**
 * The part of a message that carries the question. E-mails and web forms come framed as
 * letters: the sign-off, the sender's name and address say nothing about the topic but look
 * like unknown words (and a street name may be a word an article knows).
 */
// A closing formula on a line of its own ("Met vriendelijke groet,"), and all that follows it.
// The whole line must be the formula: "Best wel lastig ..." or "Dank u wel voor ..." is text.
const CLOSING =
  /\n[^\S\n]*(met\s+)?(vriendelijke\s+|hartelijke\s+)?(groet(en)?|mvg|m\.v\.g\.|kind\s+regards|best\s+regards|regards|best|cheers|dank\s+(u|je)\s+wel|alvast\s+bedankt)[^\S\n]*[,.!]?[^\S\n]*(\n[\s\S]*)?$/i;

export function stripLetterFrame(text: string): string {
  const body = text.replace(CLOSING, '');
  // Keep the text when the "closing" was all there was (a one-line "bedankt, groet").
  return /\p{L}{2}/u.test(body) ? body : text;
}

/** The question as matching should see it. */
export function questionText(text: string): string {
  return dropNegatedTopics(stripLetterFrame(text));
}
