/**
 * The bot keeps the questions it could not answer so agents can coach it, but not who asked
 * them. What is recognisably personal is masked before storing: e-mail addresses, IBANs, phone
 * numbers and numbers that could be a BSN. Names and addresses in free text are not found this
 * way; the questions are kept for a limited time for that reason. The analytics dashboard masks
 * its example texts the same way, so the rules live here, below both.
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

// Street names end in one of these; with a house number they are an address.
const STREET =
  '(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|steeg|dreef|park|markt|baan|ring|erf|veld|plantsoen|kwartier|wal|haven|burcht)';
const NAME_PARTICLES = "(?:van|de|der|den|ter|ten|te|het|'t|la|le|du|da|op|in|uit)";
const NAME_RULES: [RegExp, string][] = [
  [new RegExp(`\\b[\\p{L}'-]*${STREET}\\s+\\d{1,5}(?:\\s?[a-zA-Z]\\b|\\s?-\\s?\\d+)?`, 'giu'), '[adres]'],
  [/\b[1-9]\d{3}\s?[A-Z]{2}\b/g, '[postcode]'],
  // After a cue ("mijn naam is", "ik ben", "mevrouw"), the capitalised words that follow are a name.
  [
    new RegExp(
      `\\b([Mm]ijn naam is|[Ii]k heet|[Ii]k ben|[Nn]amens|[Mm]evrouw|[Mm]eneer|[Mm]evr\\.?|[Mm]w\\.?|[Dd]hr\\.?|[Dd]e heer)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|${NAME_PARTICLES}(?=\\s+\\p{Lu})))*`,
      'gu',
    ),
    '$1 [naam]',
  ],
  // Two or more capitalised words in the middle of a sentence ("Fenna de Wit", "Jan Jansen").
  [new RegExp(`(?<=[\\p{Ll}\\d,]\\s)\\p{Lu}\\p{Ll}+(?:\\s+${NAME_PARTICLES})*\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*`, 'gu'), '[naam]'],
];

/**
 * For reading a citizen's text outside the contact it belongs to (the redacteur's coaching
 * view, the dashboard's examples): besides what maskPersonalData finds, addresses, postcodes and
 * names. The name rules are heuristics and mask a little too much rather than too little.
 */
export function maskForReading(text: string): string {
  let masked = maskPersonalData(text);
  for (const [pattern, replacement] of NAME_RULES) masked = masked.replace(pattern, replacement);
  return masked;
}
