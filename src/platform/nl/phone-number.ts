/**
 * Dutch phone numbers, written or spoken. Service numbers (14 + area code, 0800/0900, 112)
 * are general information; mobile and landline numbers belong to a person.
 */
import { findDigitRuns } from './number-runs.ts';

export type PhoneKind = 'mobiel' | 'vast' | 'service';

export interface PhoneNumber {
  /** normalised to a national number, e.g. "0612345678" */
  digits: string;
  kind: PhoneKind;
  start: number;
  end: number;
}

export function classifyPhoneDigits(raw: string): { digits: string; kind: PhoneKind } | null {
  const national = raw.replace(/^\+?31/, '0').replace(/^00?31/, '0');
  if (/^(0800|0900|0906|0909)\d{4,7}$/.test(national)) return { digits: national, kind: 'service' };
  if (/^14\d{3,4}$/.test(national) || national === '112') return { digits: national, kind: 'service' };
  if (/^06\d{8}$/.test(national)) return { digits: national, kind: 'mobiel' };
  if (/^0[1-9]\d{8}$/.test(national)) return { digits: national, kind: 'vast' };
  return null;
}

export function findPhoneNumbers(text: string): PhoneNumber[] {
  const found: PhoneNumber[] = [];
  for (const run of findDigitRuns(text)) {
    const phone = classifyPhoneDigits(run.digits);
    if (phone) found.push({ ...phone, start: run.start, end: run.end });
  }
  return found;
}
