import { applyDeliveryStatus, DeliveryRefused, type OutboundMessage } from '../../conversations/outbound.ts';
import { kanaalgrenzen } from '../../conversations/kanaalgrenzen.ts';
import { WebhookOnleesbaar } from '../koppelingen/kanalen.errors.ts';
import type { KanaalProvider, SendContext } from '../koppelingen/provider.ts';
import { callProvider, parseJson } from '../koppelingen/provider-http.ts';
import { metaHandshake, verifyMetaSignature } from '../meta/meta-webhook.ts';
import { fetchWhatsappMedia } from './whatsapp-media.ts';
import { parseWhatsappWebhook } from './whatsapp-payload.ts';

type MediaMeta = { id: string; mimeType: string | null; bestandsnaam: string | null; soort: string };

/** The body of a Cloud API send: a template, a media link or text, whichever the reply is. */
function messageBody(message: OutboundMessage, ctx: SendContext, to: string): Record<string, unknown> {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  if (ctx.sjabloon) {
    const { naam, taal, parameters } = ctx.sjabloon;
    const components = parameters.length > 0 ? [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }] : [];
    return { ...base, type: 'template', template: { name: naam, language: { code: taal }, components } };
  }
  const grenzen = kanaalgrenzen('whatsapp', ctx.laatsteInkomend, ctx.now);
  if (!grenzen.vensterOpen) {
    const sinds = ctx.laatsteInkomend ? ` (laatste bericht van de inwoner: ${ctx.laatsteInkomend.toISOString()})` : '';
    throw new DeliveryRefused(`Buiten het 24-uursvenster van WhatsApp${sinds}: alleen een goedgekeurd sjabloon kan nog worden verstuurd.`);
  }
  if (ctx.media)
    return {
      ...base,
      type: ctx.media.soort,
      [ctx.media.soort]: { link: ctx.media.link, ...(ctx.media.bijschrift ? { caption: ctx.media.bijschrift } : {}) },
    };
  if (grenzen.maxLengte && message.inhoud.length > grenzen.maxLengte)
    throw new DeliveryRefused(`Te lang voor WhatsApp: ${message.inhoud.length} tekens, hoogstens ${grenzen.maxLengte}.`);
  return { ...base, type: 'text', text: { preview_url: false, body: message.inhoud } };
}

/** WhatsApp Business through Meta's Cloud API. */
export const whatsappProvider: KanaalProvider = {
  verify: verifyMetaSignature,
  handshake: metaHandshake,

  async receive(koppeling, call, { db, pipeline, apis }) {
    const payload = parseJson(call.raw);
    if (!payload) throw WebhookOnleesbaar();
    const { messages, statuses } = parseWhatsappWebhook(payload, koppeling.id, koppeling.instellingen.phoneNumberId ?? '');
    const raw = call.raw.toString('utf8');
    let nieuw = 0;
    for (const message of messages) {
      const media = message.metadata?.media as MediaMeta | undefined;
      const bijlage =
        media && koppeling.geheimen.accessToken ? await fetchWhatsappMedia(apis, koppeling.geheimen.accessToken, media) : undefined;
      const result = await pipeline.receive(bijlage ? { ...message, bijlagen: [bijlage] } : message, raw);
      if (!result.duplicate) nieuw++;
    }
    for (const s of statuses) await applyDeliveryStatus(db, 'whatsapp', [s.kanaalBerichtId], s.status, s.reden);
    return { status: 200, body: { berichten: messages.length, nieuw, statussen: statuses.length } };
  },

  async send(message, ctx) {
    const to = message.aan?.replace(/^\+/, '');
    if (!to) throw new DeliveryRefused('Geen WhatsApp-nummer om naar te sturen.');
    const { phoneNumberId } = ctx.koppeling.instellingen;
    const body = await callProvider(
      `${ctx.apis.metaGraphUrl}/${ctx.apis.metaGraphVersion}/${encodeURIComponent(phoneNumberId ?? '')}/messages`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${ctx.koppeling.geheimen.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(messageBody(message, ctx, to)),
      },
    );
    const id = (body.messages as { id?: string }[] | undefined)?.[0]?.id;
    return id ? { kanaalBerichtId: id } : {};
  },
};
