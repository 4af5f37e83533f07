/** Lowercase, strip diacritics and split Dutch (or English) text into word tokens. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // 's nachts, 't stadhuis, zo'n: the clitics carry no topic.
      .replace(/['’`]/g, '')
  );
}

/**
 * Tokens of a text. A hyphenated or slashed word gives its parts and the joined form, so
 * "ID-kaart" matches both "id kaart" and "idkaart".
 */
export function tokenise(text: string): string[] {
  const folded = foldText(text);
  const tokens: string[] = [];
  for (const chunk of folded.split(/[^a-z0-9-]+/)) {
    if (!chunk) continue;
    const parts = chunk.split('-').filter((p) => p.length > 0);
    for (const p of parts) tokens.push(p);
    if (parts.length > 1) tokens.push(parts.join(''));
  }
  return tokens.filter((t) => !/^\d+$/.test(t) || t.length <= 3);
}
