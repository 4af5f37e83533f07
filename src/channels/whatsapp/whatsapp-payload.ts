import type { InboundMessage } from '../../conversations/inbound.types.ts';
import type { Bezorgstatus } from '../../db/schema.ts';
import { isoFromEpoch } from '../meta/meta-webhook.ts';

/** The parts of a WhatsApp Cloud API webhook Loket reads (entry[].changes[].value). */
interface WaMessage {
  from: string;
  id: string;
  timestamp?: string;
  type: string;
  context?: { id?: string };
  text?: { body?: string };
  image?: WaMedia;
  video?: WaMedia;
  audio?: WaMedia;
  document?: WaMedia;
  sticker?: WaMedia;
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  contacts?: { name?: { formatted_name?: string }; phones?: { phone?: string; wa_id?: string }[] }[];
  interactive?: {
    type: string;
    button_reply?: { id: string; title: string };
    list_reply?: { id: string; title: string; description?: string };
  };
  button?: { payload?: string; text?: string };
}
interface WaMedia {
  id: string;
  mime_type?: string;
  sha256?: string;
  caption?: string;
  filename?: string;
}
interface WaStatus {
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed' | string;
  errors?: { code?: number; title?: string; message?: string; error_data?: { details?: string } }[];
}
interface WaValue {
  metadata?: { phone_number_id?: string };
  contacts?: { wa_id?: string; profile?: { name?: string } }[];
  messages?: WaMessage[];
  statuses?: WaStatus[];
}

export interface StatusReport {
  kanaalBerichtId: string;
  status: Exclude<Bezorgstatus, 'wachtrij'>;
  reden?: string;
}

const STATUS: Record<string, StatusReport['status']> = { sent: 'verzonden', delivered: 'afgeleverd', read: 'gelezen', failed: 'mislukt' };
const MEDIA_LABEL: Record<string, string> = {
  image: 'afbeelding',
  video: 'video',
  audio: 'spraakbericht',
  document: 'document',
  sticker: 'sticker',
};

/** The changes of a webhook that are about this phone number; others belong to another connection. */
function valuesFor(payload: Record<string, unknown>, phoneNumberId: string): WaValue[] {
  const entries = Array.isArray(payload.entry) ? (payload.entry as { changes?: { field?: string; value?: WaValue }[] }[]) : [];
  return entries
    .flatMap((e) => e.changes ?? [])
    .filter((c) => c.field === 'messages' && c.value?.metadata?.phone_number_id === phoneNumberId)
    .map((c) => c.value!);
}

/** Text for the agent and details for the metadata, per message type. */
function content(m: WaMessage): { tekst: string; metadata: Record<string, unknown> } {
  const media = m.image ?? m.video ?? m.audio ?? m.document ?? m.sticker;
  if (m.type === 'text') return { tekst: m.text?.body ?? '', metadata: {} };
  if (media && MEDIA_LABEL[m.type]) {
    const label = `[${MEDIA_LABEL[m.type]}${media.filename ? `: ${media.filename}` : ''}]`;
    return {
      tekst: media.caption ? `${label} ${media.caption}` : label,
      metadata: {
        media: {
          soort: m.type,
          id: media.id,
          mimeType: media.mime_type ?? null,
          sha256: media.sha256 ?? null,
          bestandsnaam: media.filename ?? null,
          bijschrift: media.caption ?? null,
        },
      },
    };
  }
  if (m.type === 'location' && m.location) {
    const { latitude, longitude, name, address } = m.location;
    const wat = [name, address].filter(Boolean).join(', ');
    return {
      tekst: `[locatie] ${wat ? `${wat} ` : ''}(${latitude}, ${longitude})`,
      metadata: { locatie: { latitude, longitude, naam: name ?? null, adres: address ?? null } },
    };
  }
  if (m.type === 'contacts' && m.contacts) {
    const contacten = m.contacts.map((c) => ({
      naam: c.name?.formatted_name ?? null,
      telefoonnummers: (c.phones ?? []).map((p) => p.phone ?? p.wa_id).filter(Boolean),
    }));
    return {
      tekst: `[contact] ${contacten.map((c) => [c.naam, ...c.telefoonnummers].filter(Boolean).join(' ')).join('; ')}`,
      metadata: { contacten },
    };
  }
  if (m.type === 'interactive' && m.interactive) {
    const keuze = m.interactive.button_reply ?? m.interactive.list_reply;
    if (keuze) return { tekst: keuze.title, metadata: { keuze: { soort: m.interactive.type, id: keuze.id, titel: keuze.title } } };
  }
  if (m.type === 'button' && m.button)
    return {
      tekst: m.button.text ?? m.button.payload ?? '',
      metadata: { keuze: { soort: 'button', id: m.button.payload ?? null, titel: m.button.text ?? null } },
    };
  return { tekst: `[${m.type} wordt niet ondersteund]`, metadata: {} };
}

/** Turns a WhatsApp webhook into inbound messages (one per citizen message) and status reports. */
export function parseWhatsappWebhook(
  payload: Record<string, unknown>,
  kanaalId: string,
  phoneNumberId: string,
): { messages: InboundMessage[]; statuses: StatusReport[] } {
  const messages: InboundMessage[] = [];
  const statuses: StatusReport[] = [];
  for (const value of valuesFor(payload, phoneNumberId)) {
    for (const m of value.messages ?? []) {
      if (!m.id || !m.from) continue;
      const naam = value.contacts?.find((c) => c.wa_id === m.from)?.profile?.name;
      const { tekst, metadata } = content(m);
      const verzondenOp = isoFromEpoch(m.timestamp, 's');
      messages.push({
        kanaal: 'whatsapp',
        kanaalBerichtId: m.id,
        afzender: { soort: 'telefoonnummer', adres: `+${m.from.replace(/^\+/, '')}`, ...(naam ? { naam: naam.slice(0, 200) } : {}) },
        draad: { externeId: `${phoneNumberId}:${m.from}`, ...(m.context?.id ? { antwoordOp: [m.context.id] } : {}) },
        tekst: tekst.slice(0, 100_000),
        ...(verzondenOp ? { verzondenOp } : {}),
        metadata: { kanaalId, type: m.type, ...metadata },
      });
    }
    for (const s of value.statuses ?? []) {
      const status = STATUS[s.status];
      if (!s.id || !status) continue;
      const fout = s.errors?.[0];
      const reden = fout ? [fout.code, fout.title ?? fout.message, fout.error_data?.details].filter(Boolean).join(': ') : undefined;
      statuses.push({ kanaalBerichtId: s.id, status, ...(reden ? { reden } : {}) });
    }
  }
  return { messages, statuses };
}
