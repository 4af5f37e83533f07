import { isValidBsn } from '../platform/nl/bsn.ts';
import { ValidationFailed, type FieldProblem } from '../platform/errors.ts';
import type { IdentificatorInput } from './parties.schemas.ts';

const PATTERNS: Record<string, RegExp> = {
  kvk_nummer: /^\d{8}$/,
  vestigingsnummer: /^\d{12}$/,
  rsin: /^\d{9}$/,
};

/** Checks identifiers beyond their JSON shape: a BSN must pass the elfproef, a KvK number has 8 digits. */
export function checkIdentificatoren(identificatoren: IdentificatorInput[], path: string): void {
  const problems: FieldProblem[] = [];
  identificatoren.forEach((identificator, index) => {
    const field = `${path}.${index}.objectId`;
    const value = identificator.objectId;
    if (identificator.codeSoortObjectId === 'bsn') {
      if (!isValidBsn(value)) problems.push({ field, message: 'geen geldig BSN (elfproef)' });
    } else if (!PATTERNS[identificator.codeSoortObjectId]?.test(value)) {
      problems.push({ field, message: `geen geldig ${identificator.codeSoortObjectId}` });
    }
  });
  if (problems.length > 0) throw ValidationFailed(problems);
}

export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}

/** Phone numbers are compared in E.164-like form so 06-12345678 and +31612345678 match. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+31${digits.slice(1)}`;
  return digits;
}

export function normaliseDigitaalAdres(soort: string, adres: string): string {
  if (soort === 'email') return adres.trim().toLowerCase();
  if (soort === 'telefoonnummer') return normalisePhone(adres);
  return adres.trim();
}
