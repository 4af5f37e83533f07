import type { BlockList } from 'node:net';
import { resolve } from 'node:path';
import { widgetIdentiteit, type WidgetIdentiteitConfig } from './config-identiteit.ts';
import { gebeurtenissen, type GebeurtenissenConfig } from './config-gebeurtenissen.ts';
import { createSecureContext } from 'node:tls';
import { parseClientAllowlist } from './platform/client-allowlist.ts';
import { parseOpeningstijden, STANDAARD_OPENINGSTIJDEN, type Weekrooster } from './platform/weekrooster.ts';
import { werktijd, type WerktijdConfig } from './werktijd/werktijd.config.ts';
import { xla, type XlaConfig } from './xla/xla.config.ts';
import {
  boolean,
  ConfigError,
  fileContents,
  integer,
  minLength,
  oneOf,
  optionalPostgresUrl,
  origins,
  pattern,
  secretKey,
  url,
  type Env,
} from './config-values.ts';

export { ConfigError } from './config-values.ts';

/** Loket's configuration, read once from the environment. The only file that reads process.env. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** Seconds an agent stays present after their desktop's last live connection closed (PRESENCE_GRACE_SECONDS). */
  presenceGraceSeconds: number;
  logLevel: string;
  adminPassword: string | undefined;
  demoData: boolean;
  sessionHours: number;
  trustProxy: boolean;
  /** Sites that may embed the citizen widgets (chat, FAQ): '*' or a list of origins (WIDGET_ORIGINS). */
  widgetOrigins: '*' | string[];
  oidc: OidcConfig | undefined;
  /** How the chat widget's inwoner identity (an ID token from the website) is checked (WIDGET_IDENTITEIT_*); unset: chats are anonymous. */
  widgetIdentiteit: WidgetIdentiteitConfig | undefined;
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
  /** The first BRP and zaken source from the environment (BRP_*, ZAKEN_API_URL, ...); more are added by a beheerder. */
  backoffice: BackofficeEnvConfig;
  /** The whole Authorization header the Notificaties component sends to our callback (NOTIFICATIES_CALLBACK_AUTH); unset: the callback refuses all. */
  notificatiesCallbackAuth: string | undefined;
  /** Notificaties component, Loket's abonnement and quiet hours of proactive messages (NOTIFICATIES_*, PROACTIEF_STILTE). */
  gebeurtenissen: GebeurtenissenConfig;
  /** Holidays and closing days for deadlines in working time (WERKTIJD_*). */
  werktijd: WerktijdConfig;
  /** The experience survey after a closed gesprek (ENQUETE_*). */
  xla: XlaConfig;
}

export interface BackofficeEnvConfig {
  /** BRP_API_URL with BRP_API_KEY (sent as X-API-Key). */
  brp: { apiUrl: string; apiKey: string } | undefined;
  /** ZAKEN_API_URL with CATALOGI_API_URL, ZGW_CLIENT_ID and ZGW_SECRET (ZGW JWT). */
  zaken: { zakenApiUrl: string; catalogiApiUrl: string; clientId: string; secret: string } | undefined;
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
  smtpIn: SmtpInConfig | undefined;
  imap: { url: string; user: string; password: string; mailbox: string; moveTo: string | undefined; pollSeconds: number } | undefined;
  smtpOut: { host: string; port: number; secure: boolean; user: string | undefined; password: string | undefined } | undefined;
}

export interface SmtpInConfig {
  port: number;
  host: string;
  recipients: string[];
  maxBytes: number;
  /** PEM key and certificate for STARTTLS (SMTP_TLS_KEY_FILE, SMTP_TLS_CERT_FILE); undefined: no STARTTLS. */
  tls: { key: Buffer; cert: Buffer } | undefined;
  /** Refuse MAIL FROM before STARTTLS (SMTP_REQUIRE_TLS). */
  requireTls: boolean;
  /** The relays that may connect (SMTP_ALLOWED_CLIENTS); undefined: any client. */
  allowedClients: BlockList | undefined;
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

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const port = integer(env, 'PORT', 8080, 1, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', `http://localhost:${port}`);
  const config: Config = {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: optionalPostgresUrl(env, 'DATABASE_URL'),
    publicUrl: publicUrl.replace(/\/$/, ''),
    presenceGraceSeconds: integer(env, 'PRESENCE_GRACE_SECONDS', 30, 3, 3600),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    adminPassword: minLength(env, 'LOKET_ADMIN_PASSWORD', 12),
    demoData: boolean(env, 'LOKET_DEMO', true),
    sessionHours: integer(env, 'SESSION_HOURS', 10, 1, 24 * 30),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    widgetOrigins: origins(env, 'WIDGET_ORIGINS'),
    oidc: oidc(env),
    widgetIdentiteit: widgetIdentiteit(env),
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
    backoffice: backoffice(env),
    notificatiesCallbackAuth: minLength(env, 'NOTIFICATIES_CALLBACK_AUTH', 16),
    gebeurtenissen: gebeurtenissen(env),
    werktijd: werktijd(env),
    xla: xla(env),
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

function backoffice(env: Env): BackofficeEnvConfig {
  const requireWith = (trigger: string, names: string[]) => {
    for (const name of names) if (!env[name]) throw new ConfigError(name, `is required when ${trigger} is set`);
  };
  const base = (name: string) => url(env, name, '').replace(/\/$/, '');
  if (env.BRP_API_URL) requireWith('BRP_API_URL', ['BRP_API_KEY']);
  if (env.ZAKEN_API_URL) requireWith('ZAKEN_API_URL', ['CATALOGI_API_URL', 'ZGW_CLIENT_ID', 'ZGW_SECRET']);
  return {
    brp: env.BRP_API_URL ? { apiUrl: base('BRP_API_URL'), apiKey: env.BRP_API_KEY as string } : undefined,
    zaken: env.ZAKEN_API_URL
      ? {
          zakenApiUrl: base('ZAKEN_API_URL'),
          catalogiApiUrl: base('CATALOGI_API_URL'),
          clientId: env.ZGW_CLIENT_ID as string,
          secret: env.ZGW_SECRET as string,
        }
      : undefined,
  };
}

const MIN_CTI_SECRET = 24;

function telefoon(env: Env): TelefoonConfig {
  const ctiGeheimen = (env.TELEFOON_CTI_GEHEIMEN ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((pair) => {
      const [systeem, geheim] = pair.split('=');
      if (!systeem || !geheim || !/^[\w-]{1,50}$/.test(systeem) || !/^[\w-]+$/.test(geheim))
        throw new ConfigError('TELEFOON_CTI_GEHEIMEN', 'expected naam=geheim pairs, separated by commas (letters, digits, - and _)');
      if (geheim.length < MIN_CTI_SECRET)
        throw new ConfigError('TELEFOON_CTI_GEHEIMEN', `the secret of ${systeem} must be at least ${MIN_CTI_SECRET} characters`);
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
  if (env.EMAIL_FROM && !/[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?\s*$/.test(env.EMAIL_FROM))
    throw new ConfigError('EMAIL_FROM', `expected an address like "Gemeente <kcc@gemeente.nl>", got "${env.EMAIL_FROM}"`);
  if (smtpOut && !env.EMAIL_FROM) throw new ConfigError('EMAIL_FROM', 'is required when SMTP_OUT_URL or SMTP_OUT_HOST is set');
  const recipients = (env.SMTP_RECIPIENTS ?? '')
    .split(',')
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  const smtpInOn = env.SMTP_PORT !== undefined && env.SMTP_PORT !== '';
  if (smtpInOn && recipients.length === 0)
    throw new ConfigError('SMTP_RECIPIENTS', 'is required when SMTP_PORT is set: the domains or addresses Loket accepts mail for');
  const imapUrl = env.IMAP_URL ? mailUrl(env, 'IMAP_URL', ['imap:', 'imaps:']) : undefined;
  for (const name of ['IMAP_USER', 'IMAP_PASSWORD'])
    if (imapUrl && !env[name]) throw new ConfigError(name, 'is required when IMAP_URL is set');
  return {
    from: env.EMAIL_FROM || undefined,
    // SMTP_PORT=0 takes any free port (tests).
    smtpIn: smtpInOn ? smtpInConfig(env, recipients) : undefined,
    imap: imapUrl
      ? {
          url: imapUrl.href,
          user: env.IMAP_USER as string,
          password: env.IMAP_PASSWORD as string,
          mailbox: env.IMAP_MAILBOX || 'INBOX',
          moveTo: env.IMAP_MOVE_TO || undefined,
          pollSeconds: integer(env, 'IMAP_POLL_SECONDS', 60, 1, 3600),
        }
      : undefined,
    smtpOut,
  };
}

function smtpInConfig(env: Env, recipients: string[]): SmtpInConfig {
  const tls = smtpTls(env);
  const requireTls = boolean(env, 'SMTP_REQUIRE_TLS', false);
  if (requireTls && !tls)
    throw new ConfigError(
      'SMTP_REQUIRE_TLS',
      'needs SMTP_TLS_KEY_FILE and SMTP_TLS_CERT_FILE: Loket can only require STARTTLS when it offers it',
    );
  let allowedClients: BlockList | undefined;
  try {
    allowedClients = env.SMTP_ALLOWED_CLIENTS?.trim() ? parseClientAllowlist(env.SMTP_ALLOWED_CLIENTS) : undefined;
  } catch (error) {
    throw new ConfigError('SMTP_ALLOWED_CLIENTS', (error as Error).message);
  }
  return {
    port: integer(env, 'SMTP_PORT', 25, 0, 65535),
    host: env.SMTP_HOST || '0.0.0.0',
    recipients,
    maxBytes: integer(env, 'SMTP_MAX_BYTES', 25 * 1024 * 1024, 1024, 200 * 1024 * 1024),
    tls,
    requireTls,
    allowedClients,
  };
}

/** STARTTLS key and certificate, read now so a missing file or a mismatched pair stops Loket at start. */
function smtpTls(env: Env): SmtpInConfig['tls'] {
  const [keyVar, certVar] = ['SMTP_TLS_KEY_FILE', 'SMTP_TLS_CERT_FILE'] as const;
  if (!env[keyVar] && !env[certVar]) return undefined;
  if (!env[keyVar] || !env[certVar])
    throw new ConfigError(env[keyVar] ? certVar : keyVar, `is required when ${env[keyVar] ? keyVar : certVar} is set`);
  const tls = { key: fileContents(env, keyVar), cert: fileContents(env, certVar) };
  tlsCheck(keyVar, 'is not a PEM private key without passphrase', { key: tls.key });
  tlsCheck(certVar, 'is not a PEM certificate', { cert: tls.cert });
  tlsCheck(certVar, `does not belong to the key in ${keyVar}`, tls);
  return tls;
}

function tlsCheck(name: string, problem: string, options: { key?: Buffer; cert?: Buffer }): void {
  try {
    createSecureContext(options);
  } catch (error) {
    throw new ConfigError(name, `${problem} (${(error as Error).message})`);
  }
}

/** Outgoing SMTP from SMTP_OUT_URL (smtp:// or smtps://user:pass@host:port) or from SMTP_OUT_HOST and friends. */
function smtpOutConfig(env: Env): EmailConfig['smtpOut'] {
  if (env.SMTP_OUT_URL) {
    const url = mailUrl(env, 'SMTP_OUT_URL', ['smtp:', 'smtps:']);
    const secure = url.protocol === 'smtps:';
    return {
      host: url.hostname,
      port: Number(url.port) || (secure ? 465 : 587),
      secure,
      user: decodeURIComponent(url.username) || undefined,
      password: decodeURIComponent(url.password) || undefined,
    };
  }
  if (!env.SMTP_OUT_HOST) return undefined;
  const port = integer(env, 'SMTP_OUT_PORT', 587, 1, 65535);
  return {
    host: env.SMTP_OUT_HOST,
    port,
    secure: port === 465,
    user: env.SMTP_OUT_USER || undefined,
    password: env.SMTP_OUT_PASSWORD || undefined,
  };
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
