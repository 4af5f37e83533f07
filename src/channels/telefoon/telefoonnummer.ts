import { classifyPhoneDigits } from '../../platform/nl/phone-number.ts';

/**
 * A number a citizen can be called on, in E.164: a Dutch mobile or landline number (any common
 * notation: 06-12345678, 030 123 4567, +31 6 ...), or an international number written with + or 00.
 * Service numbers (0800, 0900, 14 0xx, 112) are not a person's number and are refused.
 */
export function telefoonnummerE164(raw: string): string | undefined {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  if (/^(\+|00)(?!31)[1-9]\d{6,14}$/.test(compact)) return `+${compact.replace(/^(\+|00)/, '')}`;
  const dutch = /^(\+31|0031|0)\d+$/.test(compact) ? classifyPhoneDigits(compact) : null;
  if (!dutch || dutch.kind === 'service') return undefined;
  return `+31${dutch.digits.slice(1)}`;
}
