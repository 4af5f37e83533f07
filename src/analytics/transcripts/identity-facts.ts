/**
 * The identification details a caller gives in one turn: name, date of birth, postcode or
 * street with house number, and whom each is about.
 */
import { findDutchDates, type DutchDate } from '../../platform/nl/dutch-date.ts';
import { findNameMentions, isNameWord, type NameMention } from '../../platform/nl/person-name.ts';
import { findPostcodes } from '../../platform/nl/postcode.ts';
import { findStreetAddresses } from '../../platform/nl/street-address.ts';
import type { IdentityRequest } from './identity-request.ts';
import { RELATION, type PersonRef } from './relations.ts';

export type IdentityFactKind = 'givenName' | 'surname' | 'dateOfBirth' | 'address';

export interface IdentityFact {
  kind: IdentityFactKind;
  /** null: not said in so many words; the dialogue decides. 'both': "we wonen", a shared address. */
  about: PersonRef | 'both' | null;
  /** position in the turn */
  at: number;
}

const GREETING = '(?:ja|nee|hallo|hoi|dag|goedemorgen|goedemiddag|goedenavond|goedendag)';
const SELF_INTRO = new RegExp(
  `(?:spreekt met|mijn (?:voor|achter)?naam is|ik ben|ik heet|(?:^|[.!?,]\\s*)(?:${GREETING},?\\s+)*met)\\s+(?:(?:meneer|mevrouw|de heer)\\s+)?$`,
  'i',
);
const NAMED_PART = /\b(voor|achter)naam(?: is|:)?,?\s+$/i;
const OTHER_INTRO = new RegExp(`(?:\\b(?:ze|zij|hij) heet|\\b(?:mijn|m'n) ${RELATION}(?: heet| is)?,?)\\s+$`, 'i');
// "Het gaat om meneer Ahmet Yilmaz": the person whose case it is, whoever that is.
const CASE_INTRO = /\b(?:het gaat om|het betreft|het gaat over|op (?:de )?naam van)\s+(?:(?:meneer|mevrouw|de heer)\s+)?$/i;
// "ik ben de dochter van Arie Kok": the name is someone else's.
const RELATIVE_OF = new RegExp(`\\b${RELATION} van\\s+(?:(?:meneer|mevrouw|de heer)\\s+)?$`, 'i');
const GREETING_ONLY = new RegExp(`(?:^|[.!?]\\s*)${GREETING},\\s*$`, 'i');
const LEAD_IN = /^(?:(?:ja|nee|eh|ehm|nou|oké|ok|sure|dus|dat is|die is|voor mij|van mij|op mijn naam|mijn naam)[,.]?\s+)*/i;

function clauseAround(text: string, mention: NameMention): string {
  const start =
    Math.max(
      text.lastIndexOf('.', mention.start - 1),
      text.lastIndexOf(',', mention.start - 1),
      text.lastIndexOf('?', mention.start - 1),
      text.lastIndexOf('!', mention.start - 1),
    ) + 1;
  const rest = text.slice(mention.end);
  const stop = rest.search(/[.,!?]/);
  return text.slice(start, stop < 0 ? text.length : mention.end + stop).trim();
}

function nameFacts(text: string, request: IdentityRequest | null): IdentityFact[] {
  const facts: IdentityFact[] = [];
  for (const mention of findNameMentions(text)) {
    const before = text.slice(0, mention.start);
    const after = text.slice(mention.end);
    let about: PersonRef | null;
    if (OTHER_INTRO.test(before) || RELATIVE_OF.test(before)) about = 'other';
    else if (CASE_INTRO.test(before)) about = null;
    else if (SELF_INTRO.test(before) || /^\s+hier\b/i.test(after) || (GREETING_ONLY.test(before) && mention.words.length > 1))
      about = 'speaker';
    // One breath: "Roel Jacobs, geboren 14 december 1967, Platanenweg 11": a full name with a
    // birth date or address in the same sentence is an identification, the dialogue says whose.
    else if (mention.words.length > 1 && mention.hasGivenName && givesDetailsAfter(text, mention)) about = null;
    else if (
      request &&
      (request.name || request.givenName || request.surname) &&
      clauseAround(text, mention).replace(LEAD_IN, '') === mention.words.join(' ')
    )
      about = null;
    else continue;
    const single = !mention.hasGivenName && !mention.hasSurname;
    // "mijn voornaam is Gerrit", "achternaam Hoekstra": the caller says which part it is.
    const part = single ? NAMED_PART.exec(before)?.[1]?.toLowerCase() : undefined;
    // On the phone a lone word after "met" is the surname ("met Jansen"); asked for a first name, it is that.
    const given = mention.hasGivenName || part === 'voor' || (single && !part && request?.givenName === true);
    const surname =
      mention.hasSurname ||
      part === 'achter' ||
      (single && !part && (request?.surname === true || (about === 'speaker' && request?.givenName !== true)));
    if (given) facts.push({ kind: 'givenName', about, at: mention.start });
    if (surname) facts.push({ kind: 'surname', about, at: mention.start });
  }
  return facts;
}

function givesDetailsAfter(text: string, mention: NameMention): boolean {
  const rest = text.slice(mention.end);
  const stop = rest.search(/[.!?](?:\s|$)/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  return (
    /^\s*,/.test(sentence) &&
    (findDutchDates(sentence).length > 0 ||
      findPostcodes(sentence).length > 0 ||
      findStreetAddresses(sentence).some((a) => a.houseNumber !== null))
  );
}

// "we wonen op …": the caller and the person they call for share the address.
const SHARED_ADDRESS = /\b(?:we|wij) wonen\b|\b(?:ons|onze) (?:adres|postcode)\b/i;
// "Daan is van drie februari": a named third person's birth date.
const NAMED_OTHER_DOB = /(\p{Lu}\p{Ll}+) (?:is|werd) (?:geboren|van)\b(?:\s+op)?\s*$/u;

function namedOtherBorn(clause: string): boolean {
  const named = NAMED_OTHER_DOB.exec(clause);
  return named !== null && isNameWord(named[1] ?? '');
}

function aboutFromWording(clause: string, other: RegExp, self: RegExp): PersonRef | null {
  if (other.test(clause)) return 'other';
  if (self.test(clause)) return 'speaker';
  return null;
}

const OTHER_DOB = /\b(?:zijn|haar) geboortedatum|\b(?:hij|ze|zij) is (?:geboren|van)\b/i;
const SELF_DOB = /\bmijn geboortedatum|\bik ben (?:geboren|van)\b|\bvan mij\b/i;
const OTHER_ADDRESS = /\b(?:zijn|haar) (?:postcode|adres)|\b(?:hij|ze|zij) woont\b/i;
const SELF_ADDRESS = /\bmijn (?:postcode|adres)|\bik woon\b|\bvan mij\b/i;
const BIRTH_CUE = /\b(?:geboren|geboortedatum|jarig)\b/i;

// "sinds 1 maart 2015", "op 3 april 1999 heb ik … aangevraagd": when something happened, not a birth date.
const EVENT_DATE = /\b(?:sinds|vanaf|tot|per|na|voor|tussen|rond|brief van|gedateerd|op)\s+$/i;

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('?', index - 1), text.lastIndexOf('!', index - 1)) + 1;
  const stop = text.slice(index).search(/[.?!](?:\s|$)/);
  return text.slice(start, stop < 0 ? text.length : index + stop);
}

// "De derde van de vierde, tweeënzestig": day and month as ordinals, said when asked.
const ORDINAL_DATE = /\b(?:de )?\p{L}+(?:ste|de) van de \p{L}+(?:ste|de)\b/giu;

function isDateOfBirth(text: string, date: DutchDate, request: IdentityRequest | null): boolean {
  const context = text.slice(Math.max(0, date.start - 40), date.end);
  if (request?.dateOfBirth || BIRTH_CUE.test(context)) return true;
  if (EVENT_DATE.test(text.slice(Math.max(0, date.start - 20), date.start)) && !BIRTH_CUE.test(sentenceAround(text, date.start)))
    return false;
  return date.year !== null && date.year >= 1900 && date.year < 2020;
}

function dateOfBirthFacts(text: string, request: IdentityRequest | null): IdentityFact[] {
  const dates = findDutchDates(text);
  const starts = dates.filter((date) => isDateOfBirth(text, date, request)).map((date) => date.start);
  if (request?.dateOfBirth)
    for (const m of text.matchAll(ORDINAL_DATE)) if (!dates.some((d) => d.start <= m.index && m.index < d.end)) starts.push(m.index);
  return starts.map((start) => {
    const before = text.slice(Math.max(0, start - 40), start);
    return {
      kind: 'dateOfBirth' as const,
      about: namedOtherBorn(before) ? 'other' : aboutFromWording(before, OTHER_DOB, SELF_DOB),
      at: start,
    };
  });
}

// "Hij woont op de Maalderij 5": a street without a street-like ending, recognised by living there.
const LIVES_AT =
  /\b(?:woon|woont|wonen|woonde)\s+(?:op|aan)\s+(?:de |het |'t )?\p{Lu}[\p{L}'-]+(?: \p{Lu}?[\p{L}'-]+)?,?\s+(?:nummer\s+)?\d{1,5}\b/gu;

const MONTH_NAMES = /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/i;
// Asked for the address, "Achter de Kerk 5" or "Aan de Meander 112" is one, though no street
// ending shows it: a clause that starts with a capitalised name and ends in a house number.
const NAME_WITH_NUMBER =
  /(?:^|[.,!?]\s*)(?:(?:[Jj]a|[Nn]ee|[Ee]hm?|[Nn]ou|[Dd]at is|[Hh]et is|[Ii]k woon)[,.]?\s+)*(?:(?:[Oo]p|[Aa]an)\s+)?(?:(?:[Dd]e|[Hh]et|'t)\s+)?(\p{Lu}[\p{L}'-]+(?:\s+(?:de|het|der|den|van|aan|op|\p{Lu}[\p{L}'-]+)){0,3}),?\s+(?:nummer\s+)?\d{1,5}(?:\s?[a-z])?(?=[\s.,!?]|$)/gu;

function answeredAddresses(text: string): number[] {
  return [...text.matchAll(NAME_WITH_NUMBER)]
    .filter((m) => !MONTH_NAMES.test((m[1] ?? '').split(/\s+/).pop() ?? ''))
    .map((m) => m.index + m[0].search(/\S/));
}

// "de lantaarnpaal bij Kerkstraat 12 is kapot": a place where something is, not where the
// caller lives; unless the sentence is about living there or the agent asked for the address.
const AT_PLACE = /\b(?:bij|tegenover|naast|achter|langs|ter hoogte van|op de hoek van|in de buurt van)\s+(?:(?:de|het|'t)\s+)?$/i;
const ABOUT_RESIDENCE = /\b(?:woon|woont|wonen|woonde|adres|postcode|ingeschreven)\b/i;

function isIncidentPlace(text: string, start: number): boolean {
  const clauseStart = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('?', start - 1), text.lastIndexOf('!', start - 1)) + 1;
  const stop = text.slice(start).search(/[.?!](?:\s|$)/);
  const sentence = text.slice(clauseStart, stop < 0 ? text.length : start + stop);
  return AT_PLACE.test(text.slice(clauseStart, start)) && !ABOUT_RESIDENCE.test(sentence);
}

function addressFacts(text: string, request: IdentityRequest | null): IdentityFact[] {
  const places = [
    ...(request?.address ? answeredAddresses(text) : []),
    ...findPostcodes(text).map((p) => p.start),
    ...findStreetAddresses(text)
      .filter((a) => a.houseNumber !== null)
      .map((a) => a.start),
    // From "op", so that "hij woont" stays in the wording that says whose address it is.
    ...[...text.matchAll(LIVES_AT)].map((m) => m.index + m[0].search(/\s(?:op|aan)\s/) + 1),
  ];
  return places
    .filter((start) => request?.address === true || !isIncidentPlace(text, start))
    .map((start) => {
      const before = text.slice(Math.max(0, start - 40), start);
      return {
        kind: 'address' as const,
        about: SHARED_ADDRESS.test(before) ? 'both' : aboutFromWording(before, OTHER_ADDRESS, SELF_ADDRESS),
        at: start,
      };
    });
}

const OTHER_ANCHORS = [
  new RegExp(`\\b(?:voor|namens) (?:mijn|m'n) ${RELATION}\\b|\\b(?:ze|zij|hij) (?:heet|is geboren|woont)\\b`, 'giu'),
  // Case-sensitive on purpose: "mijn moeder, Trees" introduces her, "mijn moeder, die" does not.
  new RegExp(`\\b[Mm](?:ijn|'n) ${RELATION},? (?=\\p{Lu})`, 'gu'),
];

/**
 * Where the turn starts speaking about the speaker or about another person, so a detail
 * given without saying whose it is belongs to the last person introduced before it.
 */
export function findPersonAnchors(text: string): { at: number; about: PersonRef }[] {
  const anchors: { at: number; about: PersonRef }[] = [];
  for (const pattern of OTHER_ANCHORS) for (const match of text.matchAll(pattern)) anchors.push({ at: match.index, about: 'other' });
  for (const mention of findNameMentions(text)) {
    if (SELF_INTRO.test(text.slice(0, mention.start))) anchors.push({ at: mention.start, about: 'speaker' });
  }
  for (const match of text.matchAll(/\b(?:ik ben geboren|ik woon|van mij)\b/gi)) anchors.push({ at: match.index, about: 'speaker' });
  return anchors.sort((a, b) => a.at - b.at);
}

export function extractIdentityFacts(text: string, request: IdentityRequest | null): IdentityFact[] {
  return [...nameFacts(text, request), ...dateOfBirthFacts(text, request), ...addressFacts(text, request)];
}
