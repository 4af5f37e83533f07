import { hmac, signaturesMatch } from '../../platform/crypto/secret-box.ts';
import type { Koppeling, Verdict, WebhookCall, WebhookReply } from '../koppelingen/provider.ts';

/**
 * Meta (WhatsApp Cloud API, Messenger, Instagram) signs each webhook with
 * `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>`.
 */
export function verifyMetaSignature(koppeling: Koppeling, call: WebhookCall): Verdict {
  const header = call.headers['x-hub-signature-256'];
  const secret = koppeling.geheimen.appSecret;
  if (typeof header !== 'string' || !secret || !/^sha256=[0-9a-f]{64}$/i.test(header)) return 'handtekening';
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return signaturesMatch(given, hmac('sha256', secret, call.raw)) ? 'ok' : 'handtekening';
}

/** The subscription handshake: Meta sends our verify token and expects its challenge back. */
export function metaHandshake(koppeling: Koppeling, call: WebhookCall): WebhookReply | undefined {
  const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = call.query;
  const expected = koppeling.geheimen.verifyToken ?? '';
  const ok =
    mode === 'subscribe' &&
    typeof token === 'string' &&
    signaturesMatch(Buffer.from(token), Buffer.from(expected)) &&
    typeof challenge === 'string';
  return ok ? { status: 200, contentType: 'text/plain', body: challenge } : undefined;
}

/** Seconds since the epoch (Meta's `timestamp`) or milliseconds (Messenger's) as an ISO date. */
export function isoFromEpoch(value: unknown, unit: 's' | 'ms'): string | undefined {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return new Date(unit === 's' ? n * 1000 : n).toISOString();
}
