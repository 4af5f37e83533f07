import { GesprekNotFound } from '../../conversations/conversations.errors.ts';
import { appendBericht } from '../../conversations/conversations.service.ts';
import { inTransaction, type Db } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../../platform/verwerkingslog.ts';
import { KanaalKanDitNiet } from '../koppelingen/kanalen.errors.ts';
import type { SendContext, Sjabloon } from '../koppelingen/provider.ts';

type Bijzonder = { sjabloon: Sjabloon } | { media: NonNullable<SendContext['media']> };

function inhoudVan(bericht: Bijzonder): string {
  if ('sjabloon' in bericht) {
    const { naam, taal, parameters } = bericht.sjabloon;
    return `Sjabloon ${naam} (${taal})${parameters.length ? `: ${parameters.join(' | ')}` : ''}`;
  }
  return [`[${bericht.media.soort}] ${bericht.media.link}`, bericht.media.bijschrift].filter(Boolean).join('\n');
}

/**
 * Queues a WhatsApp template or media link as the agent's reply; the adapter sends it (a template
 * also outside the 24-hour window). It is an ordinary outgoing bericht, with what to send in
 * its metadata, so it shows in the gesprek and gets retries and a delivery status like any reply.
 */
export async function queueWhatsappBericht(db: Db, ctx: RequestContext, gesprekId: string, bericht: Bijzonder) {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx.selectFrom('gesprek').select(['id', 'kanaal', 'partij_id']).where('id', '=', gesprekId).executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    if (gesprek.kanaal !== 'whatsapp') throw KanaalKanDitNiet();
    const id = await appendBericht(trx, gesprekId, {
      richting: 'uitgaand',
      inhoud: inhoudVan(bericht),
      afzenderActorId: ctx.principal.actorId,
      bezorgstatus: 'wachtrij',
      metadata: bericht,
    });
    const objecten: VerwerktObject[] = [
      { objecttype: 'gesprek', objectId: gesprek.id, betrokkenheid: 'gesprek', soortenGegevens: ['berichten'] },
    ];
    if (gesprek.partij_id) objecten.push({ objecttype: 'partij', objectId: gesprek.partij_id, betrokkenheid: 'klant' });
    await logVerwerking(trx, ctx, {
      actieNaam: 'sjabloon' in bericht ? 'WhatsApp-sjabloon versturen' : 'WhatsApp-media versturen',
      handelingNaam: 'Invoeren',
      objecten,
    });
    return { id, bezorgstatus: 'wachtrij' as const };
  });
}
