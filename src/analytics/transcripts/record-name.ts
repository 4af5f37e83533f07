/**
 * A person's name from the records that the caller did not say: "uw buurman, meneer Hoekstra",
 * "uw vrouw, Petra Dekker". Addressing the caller by the name they gave is not a disclosure.
 */
import { findNameMentions, nameKeys } from '../../platform/nl/person-name.ts';
import type { CallerRecord } from './caller-record.ts';
import { RELATION } from './relations.ts';

const INTRODUCED_BY = new RegExp(
  `(?:\\b(?:meneer|mevrouw|de heer|mevr\\.?|dhr\\.?)|\\b(?:uw|zijn|haar) ${RELATION},?|\\bop naam van|\\bop de naam van)\\s+$`,
  'i',
);

export function disclosesRecordName(text: string, said: CallerRecord): boolean {
  return findNameMentions(text).some((mention) => {
    if (!INTRODUCED_BY.test(text.slice(0, mention.start))) return false;
    return nameKeys(mention.words).some((key) => !said.names.has(key));
  });
}
