import type { Bron, BronInvoer, BronSoort } from './bronnen-api.ts';

/** The secrets a kind of source (and BRP authentication) needs; the others are not asked. */
export function geheimenVoor(soort: BronSoort, authenticatie: string | undefined): string[] {
  if (soort === 'zaken') return ['secret'];
  if (authenticatie === 'oauth2') return ['clientSecret'];
  if (authenticatie === 'certificaat') return ['sleutel'];
  return ['apiKey'];
}

export type Formulier = Record<string, string>;

export type BronFout =
  | 'naamLeeg'
  | 'urlOngeldig'
  | 'clientIdLeeg'
  | 'tokenUrlOngeldig'
  | 'certificaatOngeldig'
  | 'timeoutOngeldig'
  | 'headersOngeldig'
  | 'geheimLeeg';

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** "Naam: waarde" per line ↔ an object; a line without a colon or an invalid header name is refused. */
export function leesHeaders(text: string): Record<string, string> | null {
  const headers: Record<string, string> = {};
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const at = line.indexOf(':');
    const name = line.slice(0, at).trim();
    if (at < 1 || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) return null;
    headers[name] = line.slice(at + 1).trim();
  }
  return headers;
}

export const schrijfHeaders = (headers: Record<string, string> | undefined) =>
  Object.entries(headers ?? {})
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

/** The waiting time in ms (100–30000, the server's bounds), undefined when empty, null when wrong. */
function leesTimeout(value: string): number | undefined | null {
  if (!value) return undefined;
  const ms = Number(value);
  return /^\d+$/.test(value) && ms >= 100 && ms <= 30_000 ? ms : null;
}

/** The form's starting values: an existing source's settings, or empty for a new one. Secrets always start empty. */
export function beginwaarden(bron: Bron | null, soort: BronSoort): Formulier {
  const i = bron?.instellingen ?? {};
  const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    soort: bron?.soort ?? soort,
    naam: bron?.naam ?? '',
    actief: bron ? String(bron.actief) : 'true',
    apiUrl: s(i.apiUrl),
    authenticatie: s(i.authenticatie) || 'api-key',
    tokenUrl: s(i.tokenUrl),
    clientId: s(i.clientId),
    scope: s(i.scope),
    certificaat: s(i.certificaat),
    extraHeaders: schrijfHeaders(i.extraHeaders),
    doelbinding: s(i.doelbinding),
    zakenApiUrl: s(i.zakenApiUrl),
    catalogiApiUrl: s(i.catalogiApiUrl),
    register: s(i.register) || 'openzaak',
    timeoutMs: s(i.timeoutMs),
  };
}

type Uitkomst = { invoer: BronInvoer } | { fout: BronFout; veld: string };

/**
 * The request body for POST/PUT /api/beheer/bronnen from the form, or the first field that is
 * wrong. A secret left empty is left out (the stored one stays); a new source must have them.
 * `ingesteld` lists the secrets the server already holds.
 */
export function bronInvoer(form: Formulier, ingesteld: readonly string[]): Uitkomst {
  const v = (name: string) => (form[name] ?? '').trim();
  const soort: BronSoort = v('soort') === 'zaken' ? 'zaken' : 'brp';
  if (!v('naam')) return { fout: 'naamLeeg', veld: 'naam' };
  const authenticatie = (['api-key', 'oauth2', 'certificaat'] as const).find((a) => a === v('authenticatie')) ?? 'api-key';
  let instellingen: BronInvoer['instellingen'];
  if (soort === 'brp') {
    if (!isHttpUrl(v('apiUrl'))) return { fout: 'urlOngeldig', veld: 'apiUrl' };
    if (authenticatie === 'oauth2' && !isHttpUrl(v('tokenUrl'))) return { fout: 'tokenUrlOngeldig', veld: 'tokenUrl' };
    if (authenticatie === 'oauth2' && !v('clientId')) return { fout: 'clientIdLeeg', veld: 'clientId' };
    if (authenticatie === 'certificaat' && !/-----BEGIN CERTIFICATE-----/.test(v('certificaat')))
      return { fout: 'certificaatOngeldig', veld: 'certificaat' };
    const extraHeaders = leesHeaders(form.extraHeaders ?? '');
    if (!extraHeaders) return { fout: 'headersOngeldig', veld: 'extraHeaders' };
    const timeout = leesTimeout(v('timeoutMs'));
    if (timeout === null) return { fout: 'timeoutOngeldig', veld: 'timeoutMs' };
    instellingen = {
      apiUrl: v('apiUrl'),
      authenticatie,
      ...(authenticatie === 'oauth2'
        ? { tokenUrl: v('tokenUrl'), clientId: v('clientId'), ...(v('scope') ? { scope: v('scope') } : {}) }
        : {}),
      ...(authenticatie === 'certificaat' ? { certificaat: v('certificaat') } : {}),
      // Left out when empty: the server then uses its default doelbinding.
      ...(Object.keys(extraHeaders).length ? { extraHeaders } : {}),
      ...(v('doelbinding') ? { doelbinding: v('doelbinding') } : {}),
      ...(timeout ? { timeoutMs: timeout } : {}),
    };
  } else {
    if (!isHttpUrl(v('zakenApiUrl'))) return { fout: 'urlOngeldig', veld: 'zakenApiUrl' };
    if (!isHttpUrl(v('catalogiApiUrl'))) return { fout: 'urlOngeldig', veld: 'catalogiApiUrl' };
    if (!v('clientId')) return { fout: 'clientIdLeeg', veld: 'clientId' };
    const timeout = leesTimeout(v('timeoutMs'));
    if (timeout === null) return { fout: 'timeoutOngeldig', veld: 'timeoutMs' };
    instellingen = {
      zakenApiUrl: v('zakenApiUrl'),
      catalogiApiUrl: v('catalogiApiUrl'),
      clientId: v('clientId'),
      register: v('register') || 'openzaak',
      ...(timeout ? { timeoutMs: timeout } : {}),
    };
  }
  const geheimen: Record<string, string> = {};
  for (const naam of geheimenVoor(soort, authenticatie)) {
    // Secrets are not trimmed inside: a key is what it is. Only surrounding whitespace goes.
    if (v(`geheim-${naam}`)) geheimen[naam] = v(`geheim-${naam}`);
    else if (!ingesteld.includes(naam)) return { fout: 'geheimLeeg', veld: `geheim-${naam}` };
  }
  return { invoer: { soort, naam: v('naam'), actief: v('actief') !== 'false', instellingen, geheimen } };
}

/** The main address of a source, for the list. */
export const bronAdres = (bron: Bron) => (bron.soort === 'brp' ? bron.instellingen.apiUrl : bron.instellingen.zakenApiUrl) ?? '';
