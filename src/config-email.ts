import type { BlockList } from 'node:net';
import { createSecureContext } from 'node:tls';
import { boolean, ConfigError, fileContents, integer, type Env } from './config-values.ts';
import { parseClientAllowlist } from './platform/client-allowlist.ts';

// The e-mail channel's settings (EMAIL_FROM, SMTP_*, IMAP_*), read by config.ts.

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

export function email(env: Env): EmailConfig {
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
