/**
 * What the caller has said so far, so an agent repeating it is not counted as disclosing it.
 */
import { findDutchDates, sameDate, type DutchDate } from '../../platform/nl/dutch-date.ts';
import { findEmailAddresses } from '../../platform/nl/email-address.ts';
import { findIbans } from '../../platform/nl/iban.ts';
import { findMoneyAmounts } from '../../platform/nl/money-amount.ts';
import { findDigitRuns } from '../../platform/nl/number-runs.ts';
import { findNameMentions, nameKeys } from '../../platform/nl/person-name.ts';
import { findPhoneNumbers } from '../../platform/nl/phone-number.ts';
import { findPostcodes } from '../../platform/nl/postcode.ts';
import { findStreetAddresses } from '../../platform/nl/street-address.ts';

export interface CallerRecord {
  streets: Set<string>;
  addresses: Set<string>;
  postcodes: Set<string>;
  phones: Set<string>;
  emails: Set<string>;
  ibans: Set<string>;
  digits: Set<string>;
  amounts: Set<number>;
  names: Set<string>;
  dates: DutchDate[];
}

export function createCallerRecord(): CallerRecord {
  return {
    streets: new Set(),
    addresses: new Set(),
    postcodes: new Set(),
    phones: new Set(),
    emails: new Set(),
    ibans: new Set(),
    digits: new Set(),
    amounts: new Set(),
    names: new Set(),
    dates: [],
  };
}

export const addressKey = (street: string, houseNumber: string): string => `${street.toLowerCase()} ${houseNumber}`;

export function rememberCallerTurn(record: CallerRecord, text: string): void {
  for (const a of findStreetAddresses(text)) {
    record.streets.add(a.street.toLowerCase());
    if (a.houseNumber) record.addresses.add(addressKey(a.street, a.houseNumber));
  }
  for (const p of findPostcodes(text)) record.postcodes.add(p.value);
  for (const p of findPhoneNumbers(text)) record.phones.add(p.digits);
  for (const e of findEmailAddresses(text)) record.emails.add(e.address);
  for (const iban of findIbans(text)) record.ibans.add(iban.value);
  for (const run of findDigitRuns(text)) record.digits.add(run.digits);
  for (const amount of findMoneyAmounts(text)) record.amounts.add(amount.cents);
  for (const mention of findNameMentions(text)) for (const key of nameKeys(mention.words)) record.names.add(key);
  // "met J.P. van Dijk": a surname after a lower-case tussenvoegsel is the caller's name too.
  for (const m of text.matchAll(/\b(?:van|de|der|den|ter|ten|el)\s+(\p{Lu}[\p{Ll}'’-]+)/gu))
    for (const key of nameKeys([m[1] ?? ''])) record.names.add(key);
  record.dates.push(...findDutchDates(text));
}

export function callerSaidDate(record: CallerRecord, date: DutchDate): boolean {
  return record.dates.some((d) => sameDate(d, date));
}
