import { resolve } from 'node:path';
import { email, type EmailConfig } from './config-email.ts';
import { gebeurtenissen, type GebeurtenissenConfig } from './config-gebeurtenissen.ts';
import { widgetIdentiteit, type WidgetIdentiteitConfig } from './config-identiteit.ts';
import {
  boolean,
  ConfigError,
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
import { kanalenMet, type KanaalCode } from './contract/kanalen.ts';
import { parseOpeningstijden, STANDAARD_OPENINGSTIJDEN, type Weekrooster } from './platform/weekrooster.ts';

export { ConfigError } from './config-values.ts';
export type { EmailConfig, SmtpInConfig } from './config-email.ts';

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
  /** KENNISBANK_ARTIKEL_URL: where the municipality's website shows an article, `{id}` for its id; a bot answer links to it. */
  kennisbankArtikelUrl: string | undefined;
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

export interface TelefoonConfig {
  /** Telephone systems that call the CTI webhook with a secret in the URL (TELEFOON_CTI_GEHEIMEN="naam=geheim,..."). */
  ctiGeheimen: { systeem: string; geheim: string }[];
  /** The team that gets call-back requests (TELEFOON_TEAM); created when it does not exist. */
  team: string;
  /** When call-back slots are offered (TELEFOON_OPENINGSTIJDEN, e.g. "ma-vr 09:00-17:00"). */
  openingstijden: Weekrooster;
}

export interface WerktijdConfig {
  /** WERKTIJD_GOEDE_VRIJDAG (default false) and WERKTIJD_BEVRIJDINGSDAG (jaarlijks or lustrum). */
  feestdagen: FeestdagOpties;
  /** The municipality's own closing days: WERKTIJD_SLUITINGSDAGEN="2026-12-24,2026-12-31". */
  sluitingsdagen: string[];
}

/** Which optional Dutch public holidays count as days off. */
export interface FeestdagOpties {
  goedeVrijdag: boolean;
  bevrijdingsdag: 'jaarlijks' | 'lustrum';
}

/** The channels a survey can go out on: the ones where Loket can reach the citizen afterwards. */
export const ENQUETE_KANALEN = kanalenMet((spec) => spec.enquete);

export interface XlaConfig {
  /** Channels that get a survey after a closed gesprek (ENQUETE_KANALEN="webchat,whatsapp,email"; default none). */
  kanalen: KanaalCode[];
  /** Days a survey link stays valid (ENQUETE_GELDIG_DAGEN, default 7). */
  geldigDagen: number;
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
    kennisbankArtikelUrl:
      pattern(env, 'KENNISBANK_ARTIKEL_URL', /^https?:\/\/[^\s]*\{id\}[^\s]*$/, '', 'an http(s) address containing {id}') || undefined,
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
  const ctiGeheimen = commaList(env.TELEFOON_CTI_GEHEIMEN).map((pair) => {
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

function werktijd(env: Env): WerktijdConfig {
  const sluitingsdagen = commaList(env.WERKTIJD_SLUITINGSDAGEN);
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

function xla(env: Env): XlaConfig {
  const kanalen = commaList(env.ENQUETE_KANALEN);
  const bekend = (kanaal: string): kanaal is KanaalCode => (ENQUETE_KANALEN as readonly string[]).includes(kanaal);
  for (const kanaal of kanalen) {
    if (!bekend(kanaal)) {
      throw new ConfigError('ENQUETE_KANALEN', `expected some of ${ENQUETE_KANALEN.join(', ')}, separated by commas; got "${kanaal}"`);
    }
  }
  return { kanalen: [...new Set(kanalen.filter(bekend))], geldigDagen: integer(env, 'ENQUETE_GELDIG_DAGEN', 7, 1, 90) };
}

const commaList = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
