import { resolve } from 'node:path';

/** Loket's configuration, read once from the environment. The only file that reads process.env. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  logLevel: string;
  adminPassword: string | undefined;
  demoData: boolean;
  sessionHours: number;
  trustProxy: boolean;
  /** Sites that may embed the citizen widgets (chat, FAQ): '*' or a list of origins (WIDGET_ORIGINS). */
  widgetOrigins: '*' | string[];
  /** Questions one client may ask the public bot per minute (BOT_RATE_LIMIT_PER_MINUTE). */
  botRateLimitPerMinute: number;
  oidc: OidcConfig | undefined;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Allows an http:// issuer; only for tests and local development. */
  allowHttp: boolean;
  /** Create a medewerker (role kcc) on first OIDC login instead of refusing unknown users. */
  autoProvision: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error in ${variable}: ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const port = integer(env, 'PORT', 8080, 1, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', `http://localhost:${port}`);
  const config: Config = {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: optionalPostgresUrl(env, 'DATABASE_URL'),
    publicUrl: publicUrl.replace(/\/$/, ''),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    adminPassword: minLength(env, 'LOKET_ADMIN_PASSWORD', 12),
    demoData: boolean(env, 'LOKET_DEMO', true),
    sessionHours: integer(env, 'SESSION_HOURS', 10, 1, 24 * 30),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    widgetOrigins: origins(env, 'WIDGET_ORIGINS'),
    botRateLimitPerMinute: integer(env, 'BOT_RATE_LIMIT_PER_MINUTE', 20, 1, 1_000_000),
    oidc: oidc(env),
  };
  return Object.freeze(config);
}

function oidc(env: Env): OidcConfig | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']) {
    if (!env[name]) throw new ConfigError(name, 'is required when OIDC_ISSUER is set');
  }
  return {
    issuer: url(env, 'OIDC_ISSUER', ''),
    clientId: env.OIDC_CLIENT_ID as string,
    clientSecret: env.OIDC_CLIENT_SECRET as string,
    allowHttp: boolean(env, 'OIDC_ALLOW_HTTP', false),
    autoProvision: boolean(env, 'OIDC_AUTO_PROVISION', false),
  };
}

function origins(env: Env, name: string): '*' | string[] {
  const raw = env[name]?.trim();
  if (!raw || raw === '*') return '*';
  return raw.split(',').map((value) => {
    const trimmed = value.trim().replace(/\/$/, '');
    try {
      if (new URL(trimmed).origin !== trimmed) throw new Error('not an origin');
      return trimmed;
    } catch {
      throw new ConfigError(name, `expected '*' or a comma-separated list of origins like https://www.gemeente.nl, got "${trimmed}"`);
    }
  });
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'ja'].includes(raw)) return true;
  if (['false', '0', 'no', 'nee'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${env[name]}"`);
}

function url(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    const parsed = new URL(raw);
    if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('protocol');
    return raw;
  } catch {
    throw new ConfigError(name, `expected an http(s) URL, got "${raw}"`);
  }
}

function optionalPostgresUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new ConfigError(name, 'expected a postgres:// connection URL');
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `expected one of ${values.join(', ')}`);
  return raw as T;
}

function minLength(env: Env, name: string, length: number): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < length) throw new ConfigError(name, `must be at least ${length} characters`);
  return raw;
}
