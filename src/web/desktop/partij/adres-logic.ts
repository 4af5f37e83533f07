/** An address as GET /api/partijen/:id returns it (bezoekadres, correspondentieadres). */
export interface AdresVelden {
  straatnaam?: unknown;
  huisnummer?: unknown;
  huisnummertoevoeging?: unknown;
  postcode?: unknown;
  stad?: unknown;
  land?: unknown;
}

const tekst = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/**
 * An address on one line as Dutch post writes it: "Lindelaan 4a, 1234 AB Lindendaal"; the
 * country only when it is not NL. Null when nothing is known, so the panel can say "Geen".
 */
export function adresRegel(adres: AdresVelden | null | undefined): string | null {
  if (!adres) return null;
  const nummer = `${tekst(adres.huisnummer)}${tekst(adres.huisnummertoevoeging)}`;
  const straat = [tekst(adres.straatnaam), nummer].filter(Boolean).join(' ');
  const plaats = [tekst(adres.postcode), tekst(adres.stad)].filter(Boolean).join(' ');
  const land = tekst(adres.land);
  const regel = [straat, plaats, land && land !== 'NL' ? land : ''].filter(Boolean).join(', ');
  return regel || null;
}
