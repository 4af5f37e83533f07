import { ConfigError, integer, url, type Env } from './config-values.ts';

// Proactive service's settings (NOTIFICATIES_*, PROACTIEF_STILTE, GEBEURTENISSEN_*), read by config.ts.

export interface NotificatiesApiConfig {
  /** The Notificaties component's API root, e.g. https://notificaties.gemeente.nl/api/v1 (NOTIFICATIES_API_URL). */
  url: string;
  /** ZGW JWT credentials Loket publishes and subscribes with (NOTIFICATIES_CLIENT_ID, NOTIFICATIES_SECRET). */
  clientId: string;
  secret: string;
}

/** One kanaal of Loket's abonnement with the kenmerken a notificatie must have to be sent to us. */
export interface AbonnementKanaal {
  naam: string;
  filters: Record<string, string>;
}

export interface GebeurtenissenConfig {
  /** Unset: Loket neither publishes nor subscribes (its outbox is kept a week, then dropped). */
  notificatiesApi: NotificatiesApiConfig | undefined;
  /** The kanalen Loket subscribes to (NOTIFICATIES_KANALEN) with their filters (NOTIFICATIES_FILTERS). */
  abonnementKanalen: AbonnementKanaal[];
  /** Quiet hours for proactive messages in Dutch wall-clock time (PROACTIEF_STILTE, e.g. 21:00-08:00); unset: none. */
  stilte: { van: string; tot: string } | undefined;
  /**
   * Rate limit on POST /api/events per event source (API token), per node: a burst of `piek`
   * events, then `perMinuut` a minute (GEBEURTENISSEN_LIMIET_PER_MINUUT, default 3000, i.e. 50/s;
   * GEBEURTENISSEN_PIEK, default 500). GEBEURTENISSEN_LIMIET_PER_MINUUT=0 switches it off.
   */
  limiet: { perMinuut: number; piek: number } | undefined;
}

const NAAM = /^[a-z0-9_-]{1,50}$/;
const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `zaken.bronorganisatie=002220647;zaken.zaaktype.catalogus=https://...`: kanaal, then the kenmerk (which may hold dots). */
function filters(env: Env, kanalen: string[]): Map<string, Record<string, string>> {
  const perKanaal = new Map<string, Record<string, string>>(kanalen.map((k) => [k, {}]));
  for (const item of (env.NOTIFICATIES_FILTERS ?? '')
    .split(';')
    .map((f) => f.trim())
    .filter(Boolean)) {
    const found = /^([^.=]+)\.([^=]+)=(.*)$/.exec(item);
    const target = found ? perKanaal.get(found[1] as string) : undefined;
    if (!found || !target)
      throw new ConfigError('NOTIFICATIES_FILTERS', `expected kanaal.kenmerk=waarde for a kanaal in NOTIFICATIES_KANALEN, got "${item}"`);
    target[found[2] as string] = found[3] as string;
  }
  return perKanaal;
}

function stilte(env: Env): GebeurtenissenConfig['stilte'] {
  const raw = env.PROACTIEF_STILTE?.trim();
  if (!raw) return undefined;
  const [van, tot] = raw.split('-').map((t) => t.trim());
  if (!van || !tot || !TIJD.test(van) || !TIJD.test(tot) || van === tot)
    throw new ConfigError('PROACTIEF_STILTE', `expected two different times like 21:00-08:00, got "${raw}"`);
  return { van, tot };
}

function limiet(env: Env): GebeurtenissenConfig['limiet'] {
  const perMinuut = integer(env, 'GEBEURTENISSEN_LIMIET_PER_MINUUT', 3000, 0, 10_000_000);
  if (perMinuut === 0) return undefined;
  return { perMinuut, piek: integer(env, 'GEBEURTENISSEN_PIEK', 500, 1, 10_000_000) };
}

export function gebeurtenissen(env: Env): GebeurtenissenConfig {
  let notificatiesApi: NotificatiesApiConfig | undefined;
  if (env.NOTIFICATIES_API_URL) {
    for (const name of ['NOTIFICATIES_CLIENT_ID', 'NOTIFICATIES_SECRET'])
      if (!env[name]) throw new ConfigError(name, 'is required when NOTIFICATIES_API_URL is set');
    notificatiesApi = {
      url: url(env, 'NOTIFICATIES_API_URL', '').replace(/\/$/, ''),
      clientId: env.NOTIFICATIES_CLIENT_ID as string,
      secret: env.NOTIFICATIES_SECRET as string,
    };
  }
  const namen = (env.NOTIFICATIES_KANALEN ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const wrong = namen.find((k) => !NAAM.test(k));
  if (wrong) throw new ConfigError('NOTIFICATIES_KANALEN', `expected kanaal names like zaken,objecten, got "${wrong}"`);
  const perKanaal = filters(env, namen);
  if (namen.length > 0 && !notificatiesApi) throw new ConfigError('NOTIFICATIES_API_URL', 'is required when NOTIFICATIES_KANALEN is set');
  if (namen.length > 0 && !env.NOTIFICATIES_CALLBACK_AUTH)
    throw new ConfigError(
      'NOTIFICATIES_CALLBACK_AUTH',
      'is required when NOTIFICATIES_KANALEN is set: the component sends it to our callback',
    );
  return {
    notificatiesApi,
    abonnementKanalen: [...perKanaal].map(([naam, f]) => ({ naam, filters: f })),
    stilte: stilte(env),
    limiet: limiet(env),
  };
}
