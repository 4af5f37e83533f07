import type { FieldProblem } from '../../platform/errors.ts';
import { telefoonnummerE164 } from '../telefoon/telefoonnummer.ts';
import { alleVelden, type Veld } from './formulier-definitie.ts';

/**
 * Turns what a browser or an API client sent into the answers the form's schema describes:
 * only known fields, strings trimmed, empty fields left out. A browser form sends every value as
 * a string under its dotted name ("locatie.lat"), so numbers and check boxes are read from text.
 */
export function normaliseerAntwoorden(velden: Veld[], input: Record<string, unknown>, formEncoded: boolean): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const veld of velden) {
    const key = veld.naam.split('.').at(-1)!;
    if (veld.invoer === 'groep') {
      const nested = formEncoded ? input : input[key];
      const group =
        typeof nested === 'object' && nested !== null && !Array.isArray(nested)
          ? normaliseerAntwoorden(veld.velden, nested as Record<string, unknown>, formEncoded)
          : {};
      if (Object.keys(group).length > 0) result[key] = group;
      continue;
    }
    let value = formEncoded ? input[veld.naam] : input[key];
    if (Array.isArray(value) && formEncoded) value = value.at(-1);
    if (typeof value === 'string') value = value.trim();
    if (formEncoded && veld.invoer === 'vinkje') value = value !== undefined && value !== '';
    else if (formEncoded && veld.invoer === 'getal' && typeof value === 'string' && value !== '') {
      const number = Number(value.replace(',', '.'));
      if (Number.isFinite(number)) value = number;
    }
    if (value !== undefined && value !== null && value !== '') result[key] = value;
  }
  return result;
}

function valueAt(antwoorden: Record<string, unknown>, naam: string): unknown {
  return naam
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), antwoorden);
}

/** Checks beyond JSON Schema: a sender's phone number must be one we can call. */
export function controleerTelefoonnummers(velden: Veld[], antwoorden: Record<string, unknown>): FieldProblem[] {
  return alleVelden(velden)
    .filter((v) => v.rol === 'telefoonnummer')
    .filter((v) => typeof valueAt(antwoorden, v.naam) === 'string' && !telefoonnummerE164(valueAt(antwoorden, v.naam) as string))
    .map((v) => ({
      field: `body.${v.naam}`,
      message: v.foutmelding ?? 'Vul een geldig telefoonnummer in, zoals 06 12345678 of +31 30 1234567.',
    }));
}

export interface Inzending {
  /** The free text of the form's text fields: the klantcontact's inhoud, what analytics reads. */
  tekst: string;
  afzender: { soort: 'email' | 'telefoonnummer'; adres: string; naam?: string } | null;
  locatie: Record<string, unknown> | undefined;
}

/** What the pipeline needs from a valid submission: free text, the sender's address, the location. */
export function leesInzending(velden: Veld[], antwoorden: Record<string, unknown>): Inzending {
  const alle = alleVelden(velden);
  const locatieGroep = alle.find((v) => v.rol === 'locatie');
  const binnenLocatie = new Set(locatieGroep?.velden.map((v) => v.naam) ?? []);
  const vrij = alle.filter((v) => (v.invoer === 'tekst' || v.invoer === 'tekstvak') && !v.rol && !binnenLocatie.has(v.naam));
  const teksten = vrij
    .map((v) => [v.label, valueAt(antwoorden, v.naam)] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string');
  const tekst = teksten.length === 1 ? teksten[0]![1] : teksten.map(([label, value]) => `${label}: ${value}`).join('\n\n');
  const byRol = (rol: string) => {
    const veld = alle.find((v) => v.rol === rol);
    const value = veld ? valueAt(antwoorden, veld.naam) : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const naam = byRol('naam');
  const email = byRol('email');
  const telefoon = byRol('telefoonnummer');
  const afzender = email
    ? { soort: 'email' as const, adres: email, ...(naam ? { naam } : {}) }
    : telefoon
      ? { soort: 'telefoonnummer' as const, adres: telefoonnummerE164(telefoon) ?? telefoon, ...(naam ? { naam } : {}) }
      : null;
  const locatie = locatieGroep ? (valueAt(antwoorden, locatieGroep.naam) as Record<string, unknown> | undefined) : undefined;
  return { tekst, afzender, locatie };
}
