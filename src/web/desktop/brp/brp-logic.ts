import type { BrpPersoon, BrpZoekvraag } from './brp-api.ts';

/**
 * The elfproef: a BSN has nine digits whose weighted sum (9…2, and -1 for the last) is a multiple
 * of 11. Eight digits are a BSN with its leading zero dropped, as older files write them.
 */
export function isBsn(value: string): boolean {
  const digits = value.replace(/\s/g, '').padStart(9, '0');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

export const normaliseerBsn = (value: string) => value.replace(/\s/g, '').padStart(9, '0');

const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
export const isPostcode = (value: string) => POSTCODE.test(value.trim());
/** "1234 ab" → "1234AB", as the BRP asks for it. */
export const normaliseerPostcode = (value: string) => value.replace(/\s/g, '').toUpperCase();

export type ZoekMethode = 'bsn' | 'naam' | 'adres';
export type ZoekFout = 'bsnLeeg' | 'bsnOngeldig' | 'naamLeeg' | 'geboortedatumOngeldig' | 'postcodeOngeldig' | 'huisnummerOngeldig';
export type Velden = Partial<Record<'bsn' | 'geslachtsnaam' | 'geboortedatum' | 'postcode' | 'huisnummer', string>>;

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The BRP question for one search method, or the first field that is wrong (with its field name,
 * so the form can point at it). Checked here so a typo never becomes a logged BRP lookup.
 */
export function zoekvraag(methode: ZoekMethode, velden: Velden): { vraag: BrpZoekvraag } | { fout: ZoekFout; veld: keyof Velden } {
  const v = (name: keyof Velden) => (velden[name] ?? '').trim();
  if (methode === 'bsn') {
    if (!v('bsn')) return { fout: 'bsnLeeg', veld: 'bsn' };
    if (!isBsn(v('bsn'))) return { fout: 'bsnOngeldig', veld: 'bsn' };
    return { vraag: { bsn: normaliseerBsn(v('bsn')) } };
  }
  if (methode === 'naam') {
    if (!v('geslachtsnaam')) return { fout: 'naamLeeg', veld: 'geslachtsnaam' };
    if (!isDate(v('geboortedatum'))) return { fout: 'geboortedatumOngeldig', veld: 'geboortedatum' };
    return { vraag: { geslachtsnaam: v('geslachtsnaam'), geboortedatum: v('geboortedatum') } };
  }
  if (!isPostcode(v('postcode'))) return { fout: 'postcodeOngeldig', veld: 'postcode' };
  const huisnummer = Number(v('huisnummer'));
  if (!/^\d{1,5}$/.test(v('huisnummer')) || huisnummer < 1) return { fout: 'huisnummerOngeldig', veld: 'huisnummer' };
  return { vraag: { postcode: normaliseerPostcode(v('postcode')), huisnummer } };
}

/** "Jan de Vries": the full name the BRP gave, or one made of its parts. */
export function naamVan(persoon: Pick<BrpPersoon, 'naam'>): string {
  const n = persoon.naam;
  return n.volledigeNaam?.trim() || [n.voornamen, n.voorvoegsel, n.geslachtsnaam].filter(Boolean).join(' ');
}

/** "Lindelaan 12 A-2, 1234 AB Lindendaal", or '' without an address. */
export function adresRegel(adres: BrpPersoon['adres']): string {
  if (!adres) return '';
  const nummer = [adres.huisnummer ?? '', adres.huisletter ?? '', adres.huisnummertoevoeging ? `-${adres.huisnummertoevoeging}` : ''].join(
    '',
  );
  const straat = [adres.straat, nummer].filter(Boolean).join(' ');
  const postcode = adres.postcode ? adres.postcode.replace(/^(\d{4}) ?([A-Za-z]{2})$/, '$1 $2') : '';
  const plaats = [postcode, adres.woonplaats].filter(Boolean).join(' ');
  return [straat, plaats].filter(Boolean).join(', ');
}

/** The BSN as agents read it aloud: 123 456 782. */
export const bsnLeesbaar = (bsn: string) => bsn.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
