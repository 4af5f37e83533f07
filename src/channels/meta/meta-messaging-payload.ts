import type { InboundMessage } from '../../conversations/inbound.types.ts';
import { isoFromEpoch } from './meta-webhook.ts';

/** One `entry[].messaging[]` event of a Messenger or Instagram webhook. */
interface MessagingEvent {
  sender?: { id?: string };
  recipient?: { id?: string };
  timestamp?: number;
  message?: {
    mid?: string;
    text?: string;
    is_echo?: boolean;
    attachments?: { type?: string; payload?: { url?: string; title?: string } }[];
    quick_reply?: { payload?: string };
    reply_to?: { mid?: string };
  };
  postback?: { mid?: string; title?: string; payload?: string };
  delivery?: { mids?: string[]; watermark?: number };
  read?: { watermark?: number; mid?: string };
}

export type Receipt = { soort: 'afgeleverd' | 'gelezen'; psid: string; mids: string[]; watermark?: string };

const LABEL: Record<string, string> = {
  image: 'afbeelding',
  video: 'video',
  audio: 'spraakbericht',
  file: 'bestand',
  location: 'locatie',
  fallback: 'link',
  sticker: 'sticker',
};

/**
 * Turns a Messenger (`object: 'page'`) or Instagram (`object: 'instagram'`) webhook into inbound
 * messages and receipts. The sender is the page-scoped id (PSID/IGSID): a digital address of
 * soort 'overig'. Echoes of our own messages are skipped.
 */
export function parseMessagingWebhook(
  payload: Record<string, unknown>,
  kanaal: 'messenger' | 'instagram',
  kanaalId: string,
  accountId: string,
) {
  const messages: InboundMessage[] = [];
  const receipts: Receipt[] = [];
  if (payload.object !== (kanaal === 'messenger' ? 'page' : 'instagram')) return { messages, receipts };
  const entries = Array.isArray(payload.entry) ? (payload.entry as { id?: string; messaging?: MessagingEvent[] }[]) : [];
  for (const entry of entries.filter((e) => e.id === accountId)) {
    for (const event of entry.messaging ?? []) {
      const psid = event.sender?.id;
      if (!psid || psid === accountId) continue;
      const verzondenOp = isoFromEpoch(event.timestamp, 'ms');
      const base = { kanaal, afzender: { soort: 'overig' as const, adres: psid }, ...(verzondenOp ? { verzondenOp } : {}) };
      if (event.message?.mid && !event.message.is_echo) {
        const m = event.message;
        const bijlagen = (m.attachments ?? []).map((a) => ({
          soort: a.type ?? 'onbekend',
          url: a.payload?.url ?? null,
          titel: a.payload?.title ?? null,
        }));
        const labels = bijlagen.map((b) => `[${LABEL[b.soort] ?? b.soort}]`).join(' ');
        messages.push({
          ...base,
          kanaalBerichtId: m.mid!,
          draad: { externeId: `${accountId}:${psid}`, ...(m.reply_to?.mid ? { antwoordOp: [m.reply_to.mid] } : {}) },
          tekst: [m.text, labels].filter(Boolean).join(' ').slice(0, 100_000),
          metadata: {
            kanaalId,
            ...(bijlagen.length ? { bijlagen } : {}),
            ...(m.quick_reply?.payload ? { keuze: { soort: 'quick_reply', id: m.quick_reply.payload } } : {}),
          },
        });
      } else if (event.postback) {
        const p = event.postback;
        messages.push({
          ...base,
          kanaalBerichtId: p.mid ?? `postback:${psid}:${event.timestamp ?? ''}`,
          draad: { externeId: `${accountId}:${psid}` },
          tekst: p.title ?? p.payload ?? '',
          metadata: { kanaalId, keuze: { soort: 'postback', id: p.payload ?? null, titel: p.title ?? null } },
        });
      } else if (event.delivery) {
        receipts.push({ soort: 'afgeleverd', psid, mids: event.delivery.mids ?? [], ...watermark(event.delivery.watermark) });
      } else if (event.read) {
        receipts.push({ soort: 'gelezen', psid, mids: event.read.mid ? [event.read.mid] : [], ...watermark(event.read.watermark) });
      }
    }
  }
  return { messages, receipts };
}

function watermark(value: number | undefined): { watermark?: string } {
  const iso = isoFromEpoch(value, 'ms');
  return iso ? { watermark: iso } : {};
}
