import { resolve } from 'node:path';
import { parseOpeningstijden, STANDAARD_OPENINGSTIJDEN, type Weekrooster } from './channels/telefoon/openingstijden.ts';

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
  oidc: OidcConfig | undefined;
  /** Questions one client may ask the public bot per minute (BOT_RATE_LIMIT_PER_MINUTE). */
  botRateLimitPerMinute: number;
  /** Whether the bot answers new chats on text channels first (BOT_ACTIEF, default true). */
  botActief: boolean;
  telefoon: TelefoonConfig;
  /** The e-mail channel: SMTP listener, IMAP mailbox and outgoing SMTP; each part off when unset. */
  email: EmailConfig;
  /** Key that encrypts messaging channels' secrets at rest (LOKET_SECRET_KEY, 32 bytes base64 or hex). */
  secretKey: Buffer | undefined;
  /** Where the messaging providers' APIs live; tests point them at a local server. */
  berichtenApis: BerichtenApiConfig;
  /** How long personal data outside the contact history is kept, in days (BEWAARTERMIJN_*_DAGEN). */
  bewaartermijnen: BewaartermijnenConfig;
}

export interface BewaartermijnenConfig {
  /** Wire form and payload of processed inbound messages (the dedup key stays): BEWAARTERMIJN_RUWE_BERICHTEN_DAGEN. */
  ruweBerichtenDagen: number;
  /** Chat widget sessions after their last activity: BEWAARTERMIJN_WEBCHAT_SESSIES_DAGEN. */
  webchatSessiesDagen: number;
  /** Citizens' questions to the bot and their feedback: BEWAARTERMIJN_BOTVRAGEN_DAGEN. */
  botvragenDagen: number;
  /** Call transcripts after the call ended (analysis results stay): BEWAARTERMIJN_TRANSCRIPTEN_DAGEN. */
  transcriptenDagen: number;
}

export interface BerichtenApiConfig {
  /** Meta Graph API (WhatsApp Cloud API, Messenger and Instagram Send API): META_GRAPH_URL. */
  metaGraphUrl: string;
  /** META_GRAPH_VERSION, e.g. v21.0. */
  metaGraphVersion: string;
  /** TWILIO_API_URL. */
  twilioApiUrl: string;
  /** BIRD_API_URL. */
  birdApiUrl: string;
}

export interface EmailConfig {
  /** The municipality's address replies come from (EMAIL_FROM); its domain names Loket's Message-IDs. */
  from: string | undefined;
  smtpIn: { port: number; host: string; recipients: string[]; maxBytes: number } | undefined;
  imap: { url: string; user: string; password: string; mailbox: string; moveTo: string | undefined; pollSeconds: number } | undefined;
  smtpOut: { host: string; port: number; secure: boolean; user: string | undefined; password: string | undefined } | undefined;
}

export interface TelefoonConfig {
  /** Telephone systems that call the CTI webhook with a secret in the URL (TELEFOON_CTI_GEHEIMEN="naam=geheim,..."). */
  ctiGeheimen: { systeem: string; geheim: string }[];
  /** The team that gets call-back requests (TELEFOON_TEAM); created when it does not exist. */
  team: string;
  /** When call-back slots are offered (TELEFOON_OPENINGSTIJDEN, e.g. "ma-vr 09:00-17:00"). */
  openingstijden: Weekrooster;
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
    oidc: oidc(env),
    botRateLimitPerMinute: integer(env, 'BOT_RATE_LIMIT_PER_MINUTE', 20, 1, 1_000_000),
    botActief: boolean(env, 'BOT_ACTIEF', true),
    telefoon: telefoon(env),
    email: email(env),
    secretKey: secretKey(env, 'LOKET_SECRET_KEY'),
    berichtenApis: {
      metaGraphUrl: url(env, 'META_GRAPH_URL', 'https://graph.facebook.com').replace(/\/$/, ''),
      metaGraphVersion: pattern(env, 'META_GRAPH_VERSION', /^v\d+\.\d+$/, 'v21.0', 'a Graph API version like v21.0'),
      twilioApiUrl: url(env, 'TWILIO_API_URL', 'https://api.twilio.com').replace(/\/$/, ''),
      birdApiUrl: url(env, 'BIRD_API_URL', 'https://api.bird.com').replace(/\/$/, ''),
    },
    bewaartermijnen: {
      ruweBerichtenDagen: integer(env, 'BEWAARTERMIJN_RUWE_BERICHTEN_DAGEN', 30, 1, 3650),
      webchatSessiesDagen: integer(env, 'BEWAARTERMIJN_WEBCHAT_SESSIES_DAGEN', 30, 1, 3650),
      botvragenDagen: integer(env, 'BEWAARTERMIJN_BOTVRAGEN_DAGEN', 365, 1, 3650),
      transcriptenDagen: integer(env, 'BEWAARTERMIJN_TRANSCRIPTEN_DAGEN', 365, 1, 3650),
    },
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

const MIN_CTI_SECRET = 24;

function telefoon(env: Env): TelefoonConfig {
  const ctiGeheimen = (env.TELEFOON_CTI_GEHEIMEN ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((pair) => {
    const [systeem, geheim] = pair.split('=');
    if (!systeem || !geheim || !/^[\w-]{1,50}$/.test(systeem) || !/^[\w-]+$/.test(geheim)) throw new ConfigError('TELEFOON_CTI_GEHEIMEN', 'expected naam=geheim pairs, separated by commas (letters, digits, - and _)');
    if (geheim.length < MIN_CTI_SECRET) throw new ConfigError('TELEFOON_CTI_GEHEIMEN', `the secret of ${systeem} must be at least ${MIN_CTI_SECRET} characters`);
    return { systeem, geheim };
  });
  let openingstijden: Weekrooster;
  try {
    openingstijden = parseOpeningstijden(env.TELEFOON_OPENINGSTIJDEN || STANDAARD_OPENINGSTIJDEN);
  } catch (error) {
    throw new ConfigError('TELEFOON_OPENINGSTIJDEN', (error as Error).message);
  }
  const team = (env.TELEFOON_TEAM ?? '').trim() || 'Telefonie';
  return { ctiGeheimen, team, openingstijden };
}

function email(env: Env): EmailConfig {
  const smtpOut = smtpOutConfig(env);
  if (env.EMAIL_FROM && !/[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?\s*$/.test(env.EMAIL_FROM)) throw new ConfigError('EMAIL_FROM', `expected an address like "Gemeente <kcc@gemeente.nl>", got "${env.EMAIL_FROM}"`);
  if (smtpOut && !env.EMAIL_FROM) throw new ConfigError('EMAIL_FROM', 'is required when SMTP_OUT_URL or SMTP_OUT_HOST is set');
  const recipients = (env.SMTP_RECIPIENTS ?? '').split(',').map((r) => r.trim().toLowerCase()).filter(Boolean);
  const smtpInOn = env.SMTP_PORT !== undefined && env.SMTP_PORT !== '';
  if (smtpInOn && recipients.length === 0) throw new ConfigError('SMTP_RECIPIENTS', 'is required when SMTP_PORT is set: the domains or addresses Loket accepts mail for');
  const imapUrl = env.IMAP_URL ? mailUrl(env, 'IMAP_URL', ['imap:', 'imaps:']) : undefined;
  for (const name of ['IMAP_USER', 'IMAP_PASSWORD']) if (imapUrl && !env[name]) throw new ConfigError(name, 'is required when IMAP_URL is set');
  return {
    from: env.EMAIL_FROM || undefined,
    // SMTP_PORT=0 takes any free port (tests).
    smtpIn: smtpInOn ? { port: integer(env, 'SMTP_PORT', 25, 0, 65535), host: env.SMTP_HOST || '0.0.0.0', recipients, maxBytes: integer(env, 'SMTP_MAX_BYTES', 25 * 1024 * 1024, 1024, 200 * 1024 * 1024) } : undefined,
    imap: imapUrl
      ? { url: imapUrl.href, user: env.IMAP_USER as string, password: env.IMAP_PASSWORD as string, mailbox: env.IMAP_MAILBOX || 'INBOX', moveTo: env.IMAP_MOVE_TO || undefined, pollSeconds: integer(env, 'IMAP_POLL_SECONDS', 60, 1, 3600) }
      : undefined,
    smtpOut,
  };
}

/** Outgoing SMTP from SMTP_OUT_URL (smtp:// or smtps://user:pass@host:port) or from SMTP_OUT_HOST and friends. */
function smtpOutConfig(env: Env): EmailConfig['smtpOut'] {
  if (env.SMTP_OUT_URL) {
    const url = mailUrl(env, 'SMTP_OUT_URL', ['smtp:', 'smtps:']);
    const secure = url.protocol === 'smtps:';
    return { host: url.hostname, port: Number(url.port) || (secure ? 465 : 587), secure, user: decodeURIComponent(url.username) || undefined, password: decodeURIComponent(url.password) || undefined };
  }
  if (!env.SMTP_OUT_HOST) return undefined;
  const port = integer(env, 'SMTP_OUT_PORT', 587, 1, 65535);
  return { host: env.SMTP_OUT_HOST, port, secure: port === 465, user: env.SMTP_OUT_USER || undefined, password: env.SMTP_OUT_PASSWORD || undefined };
}

function mailUrl(env: Env, name: string, protocols: string[]): URL {
  const raw = env[name] as string;
  try {
    const parsed = new URL(raw);
    if (protocols.includes(parsed.protocol) && parsed.hostname) return parsed;
  } catch {
    // reported below
  }
  throw new ConfigError(name, `expected a ${protocols.map((p) => `${p}//`).join(' or ')} URL, got "${raw.replace(/\/\/[^@/]*@/, '//…@')}"`);
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

/** 32 random bytes, base64 or hex (`openssl rand -base64 32`). */
function secretKey(env: Env, name: string): Buffer | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : /^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(raw) ? Buffer.from(raw, 'base64') : undefined;
  if (!key || key.length !== 32) throw new ConfigError(name, 'expected 32 bytes as base64 (44 characters) or hex (64 characters); make one with `openssl rand -base64 32`');
  return key;
}

function pattern(env: Env, name: string, re: RegExp, fallback: string, what: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!re.test(raw)) throw new ConfigError(name, `expected ${what}, got "${raw}"`);
  return raw;
}

function minLength(env: Env, name: string, length: number): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < length) throw new ConfigError(name, `must be at least ${length} characters`);
  return raw;
}
