import { boolean, ConfigError, oneOf, type Env } from '../config-values.ts';
import type { FeestdagOpties } from './feestdagen.ts';

export interface WerktijdConfig {
  /** WERKTIJD_GOEDE_VRIJDAG (default false) and WERKTIJD_BEVRIJDINGSDAG (jaarlijks or lustrum). */
  feestdagen: FeestdagOpties;
  /** The municipality's own closing days: WERKTIJD_SLUITINGSDAGEN="2026-12-24,2026-12-31". */
  sluitingsdagen: string[];
}

export function werktijd(env: Env): WerktijdConfig {
  const sluitingsdagen = (env.WERKTIJD_SLUITINGSDAGEN ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const dag of sluitingsdagen) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dag) || new Date(`${dag}T00:00:00Z`).toISOString().slice(0, 10) !== dag) {
      throw new ConfigError('WERKTIJD_SLUITINGSDAGEN', `expected dates like 2026-12-24, separated by commas; got "${dag}"`);
    }
  }
  return {
    feestdagen: {
      goedeVrijdag: boolean(env, 'WERKTIJD_GOEDE_VRIJDAG', false),
      bevrijdingsdag: oneOf(env, 'WERKTIJD_BEVRIJDINGSDAG', ['jaarlijks', 'lustrum'] as const, 'jaarlijks'),
    },
    sluitingsdagen,
  };
}
