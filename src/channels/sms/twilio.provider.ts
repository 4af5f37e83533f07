import { applyDeliveryStatus, DeliveryRefused } from '../../conversations/outbound.ts';
import type { InboundMessage } from '../../conversations/inbound.types.ts';
import type { Bezorgstatus } from '../../db/schema.ts';
import { hmac, signaturesMatch } from '../../platform/crypto/secret-box.ts';
import { kanaalgrenzen } from '../../conversations/kanaalgrenzen.ts';
import type { KanaalProvider, Koppeling, WebhookCall } from '../koppelingen/provider.ts';
import { callProvider } from '../koppelingen/provider-http.ts';

/**
 * Twilio's signature: base64 HMAC-SHA1, with the auth token, of the full URL Twilio called
 * followed by every POST parameter as name+value, sorted by name.
 */
export function twilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  const sorted = [...params.entries()].sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
  return hmac('sha1', authToken, url + sorted.map(([k, v]) => k + v).join('')).toString('base64');
}

const STATUS: Record<string, Exclude<Bezorgstatus, 'wachtrij'>> = {
  sent: 'verzonden',
  delivered: 'afgeleverd',
  read: 'gelezen',
  undelivered: 'mislukt',
  failed: 'mislukt',
};
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

function inbound(koppeling: Koppeling, params: URLSearchParams): InboundMessage | undefined {
  const sid = params.get('MessageSid') ?? params.get('SmsSid');
  const from = params.get('From');
  if (!sid || !from) return undefined;
  const media = Array.from({ length: Math.min(Number(params.get('NumMedia') ?? 0) || 0, 10) }, (_, i) => ({
    url: params.get(`MediaUrl${i}`),
    contentType: params.get(`MediaContentType${i}`),
  }));
  const labels = media.map(() => '[bijlage]').join(' ');
  return {
    kanaal: 'sms',
    kanaalBerichtId: sid,
    afzender: { soort: 'telefoonnummer', adres: from },
    draad: { externeId: `${koppeling.instellingen.nummer}:${from}` },
    tekst: [params.get('Body') ?? '', labels].filter(Boolean).join(' ').slice(0, 100_000),
    metadata: { kanaalId: koppeling.id, aanbieder: 'twilio', ...(media.length ? { media } : {}) },
  };
}

/** SMS through Twilio's Messages API; inbound SMS and status callbacks are form-encoded. */
export const twilioProvider: KanaalProvider = {
  verify(koppeling, call: WebhookCall) {
    const header = call.headers['x-twilio-signature'];
    const token = koppeling.geheimen.authToken;
    if (typeof header !== 'string' || !token) return 'handtekening';
    const expected = Buffer.from(twilioSignature(token, call.url, new URLSearchParams(call.raw.toString('utf8'))));
    return signaturesMatch(Buffer.from(header), expected) ? 'ok' : 'handtekening';
  },

  async receive(koppeling, call, { db, pipeline }) {
    const params = new URLSearchParams(call.raw.toString('utf8'));
    const reply = { status: 200, contentType: 'text/xml', body: EMPTY_TWIML };
    if (params.get('AccountSid') !== koppeling.instellingen.accountSid) return reply;
    const status = params.get('MessageStatus');
    if (status && status !== 'received') {
      const nieuw = STATUS[status];
      const sid = params.get('MessageSid');
      const reden = [params.get('ErrorCode'), params.get('ErrorMessage')].filter(Boolean).join(': ') || `Twilio: ${status}`;
      if (nieuw && sid) await applyDeliveryStatus(db, 'sms', [sid], nieuw, reden);
      return reply;
    }
    const message = inbound(koppeling, params);
    if (message) await pipeline.receive(message, call.raw.toString('utf8'));
    return reply;
  },

  async send(message, ctx) {
    if (!message.aan) throw new DeliveryRefused('Geen telefoonnummer om de sms naar te sturen.');
    const max = kanaalgrenzen('sms', null, ctx.now).maxLengte!;
    if (message.inhoud.length > max) throw new DeliveryRefused(`Te lang voor sms: ${message.inhoud.length} tekens, hoogstens ${max}.`);
    const { accountSid, nummer } = ctx.koppeling.instellingen;
    const auth = Buffer.from(`${accountSid}:${ctx.koppeling.geheimen.authToken}`).toString('base64');
    const body = await callProvider(`${ctx.apis.twilioApiUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid ?? '')}/Messages.json`, {
      method: 'POST',
      headers: { authorization: `Basic ${auth}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ To: message.aan, From: nummer ?? '', Body: message.inhoud, StatusCallback: ctx.webhookUrl }).toString(),
    });
    return typeof body.sid === 'string' ? { kanaalBerichtId: body.sid } : {};
  },
};
