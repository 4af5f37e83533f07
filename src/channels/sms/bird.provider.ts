import { createHash } from 'node:crypto';
import { applyDeliveryStatus, DeliveryRefused } from '../../conversations/outbound.ts';
import type { Bezorgstatus } from '../../db/schema.ts';
import { hmac, signaturesMatch } from '../../platform/crypto/secret-box.ts';
import { kanaalgrenzen } from '../../conversations/kanaalgrenzen.ts';
import { WebhookOnleesbaar } from '../koppelingen/kanalen.errors.ts';
import type { KanaalProvider } from '../koppelingen/provider.ts';
import { callProvider, parseJson } from '../koppelingen/provider-http.ts';

/** A signed request older (or further ahead) than this is refused: a replay, or a clock far off. */
export const BIRD_MAX_AGE_SECONDS = 300;

/**
 * Bird's (MessageBird's) signature: base64 HMAC-SHA256, with the signing key, of
 * `<timestamp>\n<url>\n<sha256 of the raw body, as bytes>`; the timestamp is in
 * `messagebird-request-timestamp`.
 */
export function birdSignature(signingKey: string, timestamp: string, url: string, raw: Buffer): string {
  const payload = Buffer.concat([Buffer.from(`${timestamp}\n${url}\n`), createHash('sha256').update(raw).digest()]);
  return hmac('sha256', signingKey, payload).toString('base64');
}

interface BirdMessage {
  id?: string;
  channelId?: string;
  status?: string;
  reason?: string;
  failure?: { code?: string | number; description?: string };
  sender?: { contact?: { identifierValue?: string } };
  body?: { type?: string; text?: { text?: string } };
  createdAt?: string;
}

const STATUS: Record<string, Exclude<Bezorgstatus, 'wachtrij'>> = {
  sent: 'verzonden',
  delivered: 'afgeleverd',
  delivery_failed: 'mislukt',
  sending_failed: 'mislukt',
  failed: 'mislukt',
  rejected: 'mislukt',
};

/** SMS through Bird's Channels API; its webhooks are JSON events `sms.inbound` and `sms.outbound`. */
export const birdProvider: KanaalProvider = {
  verify(koppeling, call) {
    const signature = call.headers['messagebird-signature'];
    const timestamp = call.headers['messagebird-request-timestamp'];
    const key = koppeling.geheimen.signingKey;
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp) || !key) return 'handtekening';
    if (!signaturesMatch(Buffer.from(signature, 'base64'), Buffer.from(birdSignature(key, timestamp, call.url, call.raw), 'base64')))
      return 'handtekening';
    return Math.abs(call.now.getTime() / 1000 - Number(timestamp)) > BIRD_MAX_AGE_SECONDS ? 'verlopen' : 'ok';
  },

  async receive(koppeling, call, { db, pipeline }) {
    const event = parseJson(call.raw);
    if (!event) throw WebhookOnleesbaar();
    const m = (event.payload ?? {}) as BirdMessage;
    if (!m.id || m.channelId !== koppeling.instellingen.channelId) return { status: 200, body: { verwerkt: false } };
    if (event.event === 'sms.outbound') {
      const status = m.status ? STATUS[m.status] : undefined;
      const reden = m.failure?.description ?? m.reason ?? `Bird: ${m.status}`;
      if (status) await applyDeliveryStatus(db, 'sms', [m.id], status, reden);
      return { status: 200, body: { verwerkt: Boolean(status) } };
    }
    const from = m.sender?.contact?.identifierValue;
    if (event.event !== 'sms.inbound' || !from) return { status: 200, body: { verwerkt: false } };
    const result = await pipeline.receive(
      {
        kanaal: 'sms',
        kanaalBerichtId: m.id,
        afzender: { soort: 'telefoonnummer', adres: from },
        draad: { externeId: `${koppeling.instellingen.channelId}:${from}` },
        tekst: (m.body?.text?.text ?? `[${m.body?.type ?? 'bericht'}]`).slice(0, 100_000),
        ...(m.createdAt && !Number.isNaN(Date.parse(m.createdAt)) ? { verzondenOp: new Date(m.createdAt).toISOString() } : {}),
        metadata: { kanaalId: koppeling.id, aanbieder: 'bird' },
      },
      call.raw.toString('utf8'),
    );
    return { status: 200, body: { verwerkt: true, dubbel: result.duplicate } };
  },

  async send(message, ctx) {
    if (!message.aan) throw new DeliveryRefused('Geen telefoonnummer om de sms naar te sturen.');
    const max = kanaalgrenzen('sms', null, ctx.now).maxLengte!;
    if (message.inhoud.length > max) throw new DeliveryRefused(`Te lang voor sms: ${message.inhoud.length} tekens, hoogstens ${max}.`);
    const { workspaceId, channelId } = ctx.koppeling.instellingen;
    const body = await callProvider(
      `${ctx.apis.birdApiUrl}/workspaces/${encodeURIComponent(workspaceId ?? '')}/channels/${encodeURIComponent(channelId ?? '')}/messages`,
      {
        method: 'POST',
        headers: { authorization: `AccessKey ${ctx.koppeling.geheimen.accessKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: message.aan }] },
          body: { type: 'text', text: { text: message.inhoud } },
        }),
      },
    );
    return typeof body.id === 'string' ? { kanaalBerichtId: body.id } : {};
  },
};
