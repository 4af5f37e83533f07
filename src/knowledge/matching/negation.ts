import { foldText } from './normalise.ts';

/**
 * Topics the asker explicitly sets aside: "niet de energietoeslag maar de stadspas", "het gaat
 * me niet om de boete zelf, maar ...", "geen paspoort maar een ID-kaart". The named topic is the
 * nearest wrong answer, so its words are taken out of the question before matching.
 */
// "niet" must introduce a noun phrase (niet de/het/om ...): "niet getrouwd, maar" is a fact.
// "niet alleen X maar ook Y" keeps X: the asker wants both.
const NOT_X_BUT =
  /\b(niet\s+(?:zozeer\s+)?(?:de|het|een|om|over|mijn|onze|uw)|geen)\s+([^.,:;!?\n]{1,50}?)\s*[,;:]?\s+(maar|doch)\b(?!\s+ook\b)/g;
const IT_IS_NOT_ABOUT =
  /\b(het|dit|mijn vraag)\s+gaat\s+(?:(?:me|mij|ons|hier)\s+)*niet\s+(om|over)\s+([^.,:;!?\n]{1,50})(?=[.,:;!?\n]|$)/g;

export function dropNegatedTopics(text: string): string {
  const folded = foldText(text);
  return folded
    .replace(IT_IS_NOT_ABOUT, (_m, subject: string) => `${subject} gaat niet`)
    .replace(NOT_X_BUT, (_m, neg: string, _topic: string, but: string) => `${neg} ${but}`);
}
