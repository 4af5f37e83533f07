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

/** From this many sentences on, a message tells a story around its question (an e-mail, a form). */
const STORY_SENTENCES = 3;
// A sentence that asks or requests: a question mark, or Dutch/English interrogatives and requests.
const ASKS =
  /\?\s*$|\b(hoe|wat|waar|wanneer|welke?|waarom|kunt u|kunnen (jullie|wij|we)|kan ik|mag ik|mogen (wij|we)|moet ik|moeten (wij|we)|is het mogelijk|ik wil graag|graag (zou|wil) ik|how|what|where|when|which|can i|could you|may i|do i need|i would like)\b/i;

/**
 * The sentences of a longer message that ask something, or null when the message is short or
 * asks nothing in so many words. In a long e-mail the story around the question names other
 * topics (the Wmo help that prompts a complaint, the festival permit one objects to); whether
 * the question sentences alone point to the same article is evidence for the confidence model.
 */
export function questionSentences(text: string): string | null {
  const sentences = stripLetterFrame(text)
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}{2}/u.test(s));
  if (sentences.length < STORY_SENTENCES) return null;
  const asking = sentences.filter((s) => ASKS.test(s));
  return asking.length > 0 && asking.length < sentences.length ? asking.join(' ') : null;
}
