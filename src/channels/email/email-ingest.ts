import type { Db } from '../../db/transaction.ts';
import { storeUnreadableInbound, type InboundPipeline } from '../../conversations/inbound.service.ts';
import { markDeliveryFailed } from '../../conversations/outbound.ts';
import { messageIdOf, MimeError, mimeToInbound, rawText } from './mime-to-inbound.ts';

export interface IngestDeps {
  db: Db;
  pipeline: InboundPipeline;
}

export type IngestResult =
  | { uitkomst: 'opgeslagen' | 'dubbel'; inboundId: string; kanaalBerichtId: string; gesprekId: string | undefined }
  | { uitkomst: 'onleesbaar'; kanaalBerichtId: string; fout: string };

/**
 * One raw e-mail into the pipeline, stored first with its MIME source. Unreadable mail is either
 * refused (`refuseUnreadable`: the SMTP listener answers the sender with an error) or kept in the
 * "niet verwerkt" list (IMAP, where there is no one to answer). A bounce marks the reply it
 * reports on as not delivered.
 */
export async function ingestEmail(
  deps: IngestDeps,
  raw: Buffer,
  options: { envelopeFrom?: string; ontvangenOp?: Date; refuseUnreadable?: boolean } = {},
): Promise<IngestResult> {
  let parsed;
  try {
    parsed = await mimeToInbound(raw, { from: options.envelopeFrom, ontvangenOp: options.ontvangenOp ?? new Date() });
  } catch (error) {
    if (!(error instanceof MimeError) || options.refuseUnreadable) throw error;
    const kanaalBerichtId = messageIdOf({ messageId: error.messageId }, raw);
    const source = rawText(raw);
    await storeUnreadableInbound(
      deps.db,
      {
        kanaal: 'email',
        kanaalBerichtId,
        afzender: null,
        draad: {},
        onderwerp: 'Onleesbaar e-mailbericht',
        tekst: source.slice(0, 20_000),
        metadata: { onleesbaar: error.message },
      },
      source,
      error.message,
    );
    return { uitkomst: 'onleesbaar', kanaalBerichtId, fout: error.message };
  }
  const { message, automatisch, bouncedIds } = parsed;
  const stored = await deps.pipeline.receive(message, rawText(raw));
  if (automatisch?.soort === 'bounce')
    await markDeliveryFailed(
      deps.db,
      'email',
      bouncedIds,
      `Onbestelbaar gemeld door ${String(message.metadata?.afzenderAdres)}: ${message.tekst.slice(0, 500)}`,
    );
  return {
    uitkomst: stored.duplicate ? 'dubbel' : 'opgeslagen',
    inboundId: stored.id,
    kanaalBerichtId: message.kanaalBerichtId,
    gesprekId: stored.processed?.gesprekId,
  };
}
