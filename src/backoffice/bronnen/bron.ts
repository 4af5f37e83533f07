import type { BrpInstellingen, ZakenInstellingen } from './bronnen.schemas.ts';

/** A source as the clients use it: settings with defaults filled in, secrets opened. */
interface BronBasis {
  id: string;
  naam: string;
  herkomst: 'omgeving' | 'beheer';
  actief: boolean;
  /** Changes when the source is edited, so cached agents and tokens of an old version are not reused. */
  versie: string;
}

export interface BrpBron extends BronBasis {
  soort: 'brp';
  instellingen: BrpInstellingen & { doelbinding: string; timeoutMs: number };
  geheimen: { apiKey?: string; clientSecret?: string; sleutel?: string };
}

export interface ZakenBron extends BronBasis {
  soort: 'zaken';
  instellingen: ZakenInstellingen & { register: string; timeoutMs: number };
  geheimen: { secret?: string };
}

export type Bron = BrpBron | ZakenBron;

/** The secrets a kind of source needs (for BRP: by its authentication). */
export function vereisteGeheimen(soort: 'brp' | 'zaken', instellingen: Record<string, unknown>): string[] {
  if (soort === 'zaken') return ['secret'];
  if (instellingen.authenticatie === 'oauth2') return ['clientSecret'];
  if (instellingen.authenticatie === 'certificaat') return ['sleutel'];
  return ['apiKey'];
}

/** Settings that a kind of authentication needs besides the secret. */
export function vereisteInstellingen(soort: 'brp' | 'zaken', instellingen: Record<string, unknown>): string[] {
  if (soort === 'zaken') return [];
  if (instellingen.authenticatie === 'oauth2') return ['tokenUrl', 'clientId'];
  if (instellingen.authenticatie === 'certificaat') return ['certificaat'];
  return [];
}
