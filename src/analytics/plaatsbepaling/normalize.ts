/**
 * Folds a street name or text for matching: lower case, no diacritics ("Één" → "een"),
 * punctuation and hyphens as spaces, single spaces. Matching happens on whole words of
 * this folded form, so "Lindelaan" never matches inside "Lindelaanstraat".
 */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The 4-digit part of a Dutch postcode ("3541 AB", "3541ab", "3541"), or null. */
export function postcode4(value: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*(?:[a-z]{2})?\s*$/i.exec(value);
  return match ? match[1]! : null;
}
