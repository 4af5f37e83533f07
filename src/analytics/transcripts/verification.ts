/**
 * When the caller was identified. The werkinstructie asks for full name, date of birth and
 * postcode or full address of the person whose case it is. The dialogue is followed turn by
 * turn: what the agent asked and about whom, who speaks for whom, and who took over the phone.
 */
import { extractIdentityFacts, findPersonAnchors } from './identity-facts.ts';
import { readIdentityRequest, type IdentityRequest } from './identity-request.ts';
import { RELATION, type PersonRef } from './relations.ts';
import type { TranscriptSegment } from './types.ts';

type Person = 'caller' | 'other';

interface Known {
  givenName: boolean;
  surname: boolean;
  dateOfBirth: boolean;
  address: boolean;
}

const CALLS_FOR_OTHER = [
  new RegExp(`\\b(?:ik bel|bel ik)\\b[^.?!]*?\\b(?:voor|namens|over) (?:mijn|m'n) ${RELATION}\\b`, 'i'),
  // "ik ben de dochter van Arie Kok", "ik regel alles voor hem", "een cliënt van mij"
  new RegExp(
    `\\bik ben (?:de|het|zijn|haar) ${RELATION} van\\b|\\b(?:ik regel|regel ik|ik doe)\\b[^.?!]{0,20}\\bvoor (?:hem|haar|mijn|m'n)\\b|\\b(?:een|mijn) ${RELATION} van mij\\b`,
    'i',
  ),
  new RegExp(`\\bnamens (?:mijn|m'n) ${RELATION}\\b`, 'i'),
  new RegExp(`\\b(?:op (?:die|de naam|naam)|staat (?:op )?(?:de )?naam) van (?:mijn|m'n) ${RELATION}\\b`, 'i'),
];
const HANDS_OVER =
  /\b(?:het is voor (?:jou|u)|ik geef (?:hem|haar|je|u)(?: even)? (?:door|aan)|ik geef de telefoon|(?:hij|ze|zij) (?:zit|staat) hier naast me)\b/i;

const empty = (): Known => ({ givenName: false, surname: false, dateOfBirth: false, address: false });
const complete = (k: Known): boolean => k.givenName && k.surname && k.dateOfBirth && k.address;

export function findVerification(segments: TranscriptSegment[]): number | null {
  const known: Record<Person, Known> = { caller: empty(), other: empty() };
  let subject: Person = 'caller';
  let onThePhone: Person = 'caller';
  let handoverPending = false;
  let request: IdentityRequest | null = null;
  // Whose details the agent is collecting: an unspecified "En de postcode?" continues it.
  let collecting: Person | null = null;
  let verifiedAt: number | null = null;
  const personOf = (ref: PersonRef): Person => (ref === 'speaker' ? onThePhone : onThePhone === 'caller' ? 'other' : 'caller');
  const refOf = (person: Person): PersonRef => (person === onThePhone ? 'speaker' : 'other');

  segments.forEach((segment, i) => {
    if (segment.speaker === 'agent') {
      request = readIdentityRequest(segment.text) ?? (request && segments[i - 1]?.speaker === 'agent' ? request : null);
      // Before anyone is identified, asking for a relative's details means the case is theirs.
      if (request?.about === 'other' && verifiedAt === null && subject !== personOf('other')) subject = personOf('other');
      if (request?.about) collecting = personOf(request.about);
      return;
    }
    if (handoverPending) {
      onThePhone = onThePhone === 'caller' ? 'other' : 'caller';
      handoverPending = false;
    }
    const forOther = CALLS_FOR_OTHER.some((pattern) => pattern.test(segment.text));
    if (forOther && subject === onThePhone) {
      subject = personOf('other');
      verifiedAt = null;
    }
    const anchors = findPersonAnchors(segment.text);
    // Said without whose: what the agent asked about, else whose details are being collected,
    // else the person the call is about.
    const defaultRef: PersonRef = request?.about ?? refOf(collecting ?? subject);
    for (const fact of extractIdentityFacts(segment.text, request)) {
      const anchor = anchors.filter((a) => a.at <= fact.at).pop();
      if (fact.about === 'both') {
        known.caller[fact.kind] = true;
        known.other[fact.kind] = true;
      } else {
        known[personOf(fact.about ?? anchor?.about ?? defaultRef)][fact.kind] = true;
      }
    }
    if (HANDS_OVER.test(segment.text)) handoverPending = true;
    if (verifiedAt === null && complete(known[subject])) verifiedAt = i;
    request = null;
  });
  return verifiedAt;
}
