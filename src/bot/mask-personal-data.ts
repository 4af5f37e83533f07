/**
 * The bot keeps the questions it could not answer so agents can coach it, but not who asked
 * them. What is recognisably personal is masked before storing: e-mail addresses, IBANs, phone
 * numbers and numbers that could be a BSN. Names and addresses in free text are not found this
 * way; the questions are kept for a limited time for that reason.
 */
const RULES: [RegExp, string][] = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[e-mail]'],
  [/\b[A-Z]{2}\d{2}\s?(?:[A-Z]{4})(?:\s?\d){10}\b/gi, '[iban]'],
  // +31 6 12345678, 06-12345678, 010 123 4567, (0031) 6 ...: a phone number is 10 digits
  // from the leading 0, or 11 with the country code.
  [/(?:\+|\b00)31[\s.-]?(?:\(0\))?[\s.-]?\d(?:[\s.-]?\d){8}\b/g, '[telefoon]'],
  [/\(?\b0\d{1,3}\)?[\s.-]?\d(?:[\s.-]?\d){5,7}\b/g, '[telefoon]'],
  // A BSN has 9 digits (8 in old numbers), sometimes written in groups.
  [/\b\d{2,4}[\s.]?\d{2,3}[\s.]?\d{2,4}\b/g, '[nummer]'],
];

export function maskPersonalData(text: string): string {
  let masked = text;
  for (const [pattern, replacement] of RULES) {
    masked = masked.replace(pattern, (match) => (replacement === '[nummer]' && match.replace(/\D/g, '').length < 8 ? match : replacement));
  }
  return masked;
}
