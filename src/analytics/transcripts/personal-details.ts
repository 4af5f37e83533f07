/**
 * Contact and identity details in an agent turn that the caller did not say: address,
 * phone number, e-mail, IBAN, BSN and date of birth.
 */
import { isValidBsn } from '../../platform/nl/bsn.ts';
import { findDutchDates } from '../../platform/nl/dutch-date.ts';
import { findEmailAddresses } from '../../platform/nl/email-address.ts';
import { findIbans } from '../../platform/nl/iban.ts';
import { findDigitRuns } from '../../platform/nl/number-runs.ts';
import { findPhoneNumbers } from '../../platform/nl/phone-number.ts';
import { findPostcodes } from '../../platform/nl/postcode.ts';
import { findStreetAddresses } from '../../platform/nl/street-address.ts';
import { addressKey, callerSaidDate, type CallerRecord } from './caller-record.ts';
import type { DisclosureKind } from './types.ts';

// A street without a number is only someone's address when the sentence is about living there.
const RESIDENCE = /\b(?:woont|wonen|woonde|woonadres|adres|verhuizing|verhuisd|verhuist|ingeschreven|inschrijving)\b/i;
// Mailboxes of an organisation are general information, not a person's e-mail address.
const ROLE_MAILBOX =
  /^(?:info|contact|klantcontact|klantenservice|servicedesk|service|post|loket|balie|noreply|no-reply|team[\w.-]*|belastingen|vergunningen|gemeente|secretariaat|receptie|wmo|zorg|werk[\w.-]*)@/;
// Free-mail providers: a one-word mailbox there is a person's; on any other domain it is a team's.
const PERSONAL_MAIL_DOMAIN =
  /@(?:gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|ziggo|kpn(?:mail|planet)?|planet|xs4all|home|chello|casema|hetnet|quicknet|zeelandnet|telfort|tele2|online|upcmail|proton(?:mail)?|gmx)\./;
// "het nummer eindigend op 38": part of the caller's phone number, read from the file.
// Also "het mobiele nummer met de laatste cijfers 8 1", "de laatste vier cijfers van uw nummer".
const ENDS_WITH = String.raw`(?:(?:eindigend|eindigt|eindigen)\s+(?:op|met)|(?:de )?laatste (?:\p{L}+ )?cijfers)`;
const NUMBER_ENDING = new RegExp(
  String.raw`\b(?:nummer|telefoonnummer|mobiele nummer|mobiel|06|nul zes)\b[^.?!]{0,40}\b${ENDS_WITH}\b|\blaatste (?:\p{L}+ )?cijfers van (?:uw|je|het|zijn|haar) (?:telefoon|mobiele )?nummer\b`,
  'iu',
);
// "Postbus 1000, 3540 AA": an organisation's postal address.
const POSTBUS = /\bpostbus\s+\d+\s*,?\s*$/i;
// "in de Lindehof": a neighbourhood, not where someone lives.
const AREA = /\bin (?:de|het)\s+$/i;
// "uw rekening eindigend op 4417" names part of the caller's account number.
// "het IBAN dat eindigt op 12", "de laatste vier cijfers van uw rekening" too.
export const ACCOUNT_ENDING = new RegExp(
  String.raw`\b(?:bank)?(?:rekening(?:nummer)?|iban)\b[^.?!]{0,20}\b${ENDS_WITH}\b|\blaatste (?:\p{L}+ )?cijfers van (?:uw|je|het|de|zijn|haar) (?:bank)?(?:rekening(?:nummer)?|iban)\b`,
  'iu',
);
const BSN_CUE = /\b(?:bsn|burgerservicenummer|sofinummer)\b/i;
export const BIRTH_CUE = /\b(?:geboren|geboortedatum|jarig)\b/i;

function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('?', index - 1), text.lastIndexOf('!', index - 1)) + 1;
  const stop = text.slice(index).search(/[.?!](?:\s|$)/);
  return text.slice(start, stop < 0 ? text.length : index + stop + 1);
}

function disclosesAddress(text: string, said: CallerRecord): boolean {
  const newStreet = findStreetAddresses(text).some((a) =>
    a.houseNumber
      ? !said.addresses.has(addressKey(a.street, a.houseNumber))
      : !said.streets.has(a.street.toLowerCase()) && RESIDENCE.test(sentenceAt(text, a.start)) && !AREA.test(text.slice(0, a.start)),
  );
  return newStreet || findPostcodes(text).some((p) => !said.postcodes.has(p.value) && !POSTBUS.test(text.slice(0, p.start)));
}

function disclosesBsn(text: string, said: CallerRecord): boolean {
  return findDigitRuns(text).some((run) => {
    const digits = run.digits.replace(/^\+/, '');
    if (said.digits.has(run.digits) || digits.length !== 9) return false;
    return isValidBsn(digits) || BSN_CUE.test(sentenceAt(text, run.start));
  });
}

function isTeamMailbox(address: string): boolean {
  if (ROLE_MAILBOX.test(address)) return true;
  const local = address.split('@')[0] ?? '';
  return /^[a-z-]+$/.test(local) && !PERSONAL_MAIL_DOMAIN.test(address);
}

export function findPersonalDetails(text: string, said: CallerRecord): DisclosureKind[] {
  const kinds: DisclosureKind[] = [];
  if (disclosesAddress(text, said)) kinds.push('adres');
  if (findDutchDates(text).some((d) => BIRTH_CUE.test(sentenceAt(text, d.start)) && !callerSaidDate(said, d))) kinds.push('geboortedatum');
  if (disclosesBsn(text, said)) kinds.push('bsn');
  const ibans = findIbans(text);
  const insideIban = (start: number): boolean => ibans.some((iban) => iban.start <= start && start < iban.end);
  const ending = NUMBER_ENDING.test(text) && !ACCOUNT_ENDING.test(text);
  if (ending || findPhoneNumbers(text).some((p) => p.kind !== 'service' && !said.phones.has(p.digits) && !insideIban(p.start)))
    kinds.push('telefoonnummer');
  if (findEmailAddresses(text).some((e) => !said.emails.has(e.address) && !isTeamMailbox(e.address))) kinds.push('email');
  if (ibans.some((iban) => !said.ibans.has(iban.value)) || ACCOUNT_ENDING.test(text)) kinds.push('iban');
  return kinds;
}
