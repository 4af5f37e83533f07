import type { Backoffice } from '../backoffice.ts';
import type { BrpBron } from '../bronnen/bron.ts';
import { BronStoring, requestJson } from '../../platform/http-client/bron-http.ts';
import { spec } from '../specs.ts';
import { brpAuth } from './brp-auth.ts';

/**
 * Haal Centraal BRP Personen 2.x: the three questions an agent asks to identify a caller, each
 * with a narrow `fields` list. A search (name + date of birth, postcode + house number) returns
 * limited persons, so their details are asked in one follow-up by BSN. Every answer is checked
 * against the specification before Loket reads it.
 */
export type BrpVraag = { bsn: string } | { geslachtsnaam: string; geboortedatum: string } | { postcode: string; huisnummer: number };

export interface BrpPersoon {
  burgerservicenummer: string;
  naam: { voornamen: string | null; voorvoegsel: string | null; geslachtsnaam: string | null; volledigeNaam: string | null };
  geboortedatum: string | null;
  adres: {
    straat: string | null;
    huisnummer: number | null;
    huisletter: string | null;
    huisnummertoevoeging: string | null;
    postcode: string | null;
    woonplaats: string | null;
  } | null;
  geheimhouding: boolean;
}

export const RAADPLEEG_FIELDS = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'naam.volledigeNaam',
  'geboorte.datum',
  'verblijfplaats.verblijfadres',
];
const MAX_BSNS = 20;

export function zoekvraag(vraag: BrpVraag): { type: string; [key: string]: unknown } {
  if ('bsn' in vraag) return { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [vraag.bsn], fields: RAADPLEEG_FIELDS };
  if ('geslachtsnaam' in vraag)
    return {
      type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
      geslachtsnaam: vraag.geslachtsnaam,
      geboortedatum: vraag.geboortedatum,
      fields: ['burgerservicenummer'],
    };
  return {
    type: 'ZoekMetPostcodeEnHuisnummer',
    postcode: vraag.postcode.replace(/\s+/g, '').toUpperCase(),
    huisnummer: vraag.huisnummer,
    fields: ['burgerservicenummer'],
  };
}

async function personen(bo: Backoffice, bron: BrpBron, query: { type: string }): Promise<Record<string, unknown>[]> {
  const timeoutMs = bron.instellingen.timeoutMs;
  const auth = await brpAuth(bo, bron, timeoutMs);
  const response = await requestJson({
    url: `${bron.instellingen.apiUrl.replace(/\/$/, '')}/personen`,
    method: 'POST',
    headers: { ...auth.headers, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(query),
    timeoutMs,
    maxBytes: bo.options.maxBytes,
    agent: auth.agent,
  });
  if (response.status !== 200) throw new BronStoring('fout', `HTTP ${response.status} op ${query.type}`);
  const problems = spec('brp').check(`${query.type}Response`, response.body);
  const body = response.body as { type?: unknown; personen?: Record<string, unknown>[] };
  if (problems.length > 0 || body.type !== query.type)
    throw new BronStoring('ongeldig-antwoord', `antwoord buiten de specificatie: ${problems[0] ?? `type ${String(body.type)}`}`);
  return body.personen ?? [];
}

function datum(value: unknown): string | null {
  const d = value as { type?: string; datum?: string } | undefined;
  return d?.type === 'Datum' && typeof d.datum === 'string' ? d.datum : null;
}

function adres(verblijfplaats: unknown): BrpPersoon['adres'] {
  const v = verblijfplaats as { type?: string; verblijfadres?: Record<string, unknown> } | undefined;
  if (v?.type !== 'Adres' || !v.verblijfadres) return null;
  if (spec('brp').check('VerblijfadresBinnenland', v.verblijfadres).length > 0)
    throw new BronStoring('ongeldig-antwoord', 'verblijfadres buiten de specificatie');
  const a = v.verblijfadres as Record<string, string | number | undefined>;
  const s = (x: unknown) => (typeof x === 'string' ? x : null);
  return {
    straat: s(a.officieleStraatnaam) ?? s(a.korteStraatnaam),
    huisnummer: typeof a.huisnummer === 'number' ? a.huisnummer : null,
    huisletter: s(a.huisletter),
    huisnummertoevoeging: s(a.huisnummertoevoeging),
    postcode: s(a.postcode),
    woonplaats: s(a.woonplaats),
  };
}

/** Maps one Persoon; with geheimhouding only the name (and BSN, to verify with) and the flag. */
export function toBrpPersoon(p: Record<string, unknown>): BrpPersoon {
  const naam = (p.naam ?? {}) as Record<string, string | undefined>;
  const geheimhouding = p.geheimhoudingPersoonsgegevens === true;
  return {
    burgerservicenummer: String(p.burgerservicenummer ?? ''),
    naam: {
      voornamen: naam.voornamen ?? null,
      voorvoegsel: naam.voorvoegsel ?? null,
      geslachtsnaam: naam.geslachtsnaam ?? null,
      volledigeNaam: naam.volledigeNaam ?? null,
    },
    geboortedatum: geheimhouding ? null : datum((p.geboorte as { datum?: unknown } | undefined)?.datum),
    adres: geheimhouding ? null : adres(p.verblijfplaats),
    geheimhouding,
  };
}

export async function zoekPersonen(bo: Backoffice, bron: BrpBron, vraag: BrpVraag): Promise<BrpPersoon[]> {
  const query = zoekvraag(vraag);
  let found = await personen(bo, bron, query);
  if (query.type !== 'RaadpleegMetBurgerservicenummer') {
    const bsns = [...new Set(found.map((p) => p.burgerservicenummer).filter((b): b is string => typeof b === 'string'))].slice(0, MAX_BSNS);
    found =
      bsns.length === 0
        ? []
        : await personen(bo, bron, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: bsns, fields: RAADPLEEG_FIELDS } as {
            type: string;
          });
  }
  return found.filter((p) => typeof p.burgerservicenummer === 'string').map(toBrpPersoon);
}
