import { ConfigError, minLength, url, type Env } from './config-values.ts';

// The chat widget's inwoner identity (WIDGET_IDENTITEIT_*), read by config.ts.

/**
 * How Loket checks the ID token the municipality's website hands the chat widget after a DigiD
 * (or eHerkenning broker) login: signed by the issuer's keys (JWKS) or with a shared secret.
 */
export interface WidgetIdentiteitConfig {
  /** The `iss` the token must carry (WIDGET_IDENTITEIT_ISSUER). */
  issuer: string;
  /** The `aud` the token must carry (WIDGET_IDENTITEIT_AUDIENCE, default loket). */
  audience: string;
  /** The claim holding the BSN (WIDGET_IDENTITEIT_BSN_CLAIM, default bsn). */
  bsnClaim: string;
  /** The issuer's public keys (WIDGET_IDENTITEIT_JWKS_URL), or else ... */
  jwksUrl: string | undefined;
  /** ... a secret shared with the website, HS256 (WIDGET_IDENTITEIT_SECRET, at least 32 characters). */
  secret: string | undefined;
}

export function widgetIdentiteit(env: Env): WidgetIdentiteitConfig | undefined {
  if (!env.WIDGET_IDENTITEIT_ISSUER) return undefined;
  const jwksUrl = env.WIDGET_IDENTITEIT_JWKS_URL ? url(env, 'WIDGET_IDENTITEIT_JWKS_URL', '') : undefined;
  const secret = minLength(env, 'WIDGET_IDENTITEIT_SECRET', 32);
  if (!jwksUrl === !secret)
    throw new ConfigError('WIDGET_IDENTITEIT_JWKS_URL', 'set exactly one of WIDGET_IDENTITEIT_JWKS_URL and WIDGET_IDENTITEIT_SECRET');
  const bsnClaim = env.WIDGET_IDENTITEIT_BSN_CLAIM || 'bsn';
  if (!/^[\w.:/-]{1,100}$/.test(bsnClaim)) throw new ConfigError('WIDGET_IDENTITEIT_BSN_CLAIM', 'expected a claim name');
  return {
    issuer: env.WIDGET_IDENTITEIT_ISSUER,
    audience: env.WIDGET_IDENTITEIT_AUDIENCE || 'loket',
    bsnClaim,
    jwksUrl,
    secret,
  };
}
