import { applyDeliveryStatus, DeliveryRefused } from '../../conversations/outbound.ts';
import type { Db } from '../../db/transaction.ts';
import { kanaalgrenzen } from '../../conversations/kanaalgrenzen.ts';
import { WebhookOnleesbaar } from '../koppelingen/kanalen.errors.ts';
import type { KanaalProvider } from '../koppelingen/provider.ts';
import { callProvider, parseJson } from '../koppelingen/provider-http.ts';
import { parseMessagingWebhook, type Receipt } from './meta-messaging-payload.ts';
import { metaHandshake, verifyMetaSignature } from './meta-webhook.ts';

/** Our replies in the citizen's thread sent up to a receipt's watermark (Messenger reports reads that way). */
async function midsUpTo(db: Db, kanaal: string, externeId: string, watermark: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bericht')
    .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
    .select('bericht.kanaal_bericht_id')
    .where('gesprek.kanaal', '=', kanaal)
    .where('gesprek.externe_id', '=', externeId)
    .where('bericht.richting', '=', 'uitgaand')
    .where('bericht.kanaal_bericht_id', 'is not', null)
    .where('bericht.verzonden_op', '<=', new Date(watermark))
    .execute();
  return rows.map((r) => r.kanaal_bericht_id as string);
}

async function applyReceipt(db: Db, kanaal: string, accountId: string, receipt: Receipt) {
  const mids =
    receipt.mids.length > 0 || !receipt.watermark
      ? receipt.mids
      : await midsUpTo(db, kanaal, `${accountId}:${receipt.psid}`, receipt.watermark);
  await applyDeliveryStatus(db, kanaal, mids, receipt.soort);
}

/** Messenger and Instagram Direct: the same Meta webhooks and Send API, with their own account id. */
function metaMessagingProvider(kanaal: 'messenger' | 'instagram', accountSetting: 'pageId' | 'accountId'): KanaalProvider {
  return {
    verify: verifyMetaSignature,
    handshake: metaHandshake,

    async receive(koppeling, call, { db, pipeline }) {
      const payload = parseJson(call.raw);
      if (!payload) throw WebhookOnleesbaar();
      const accountId = koppeling.instellingen[accountSetting] ?? '';
      const { messages, receipts } = parseMessagingWebhook(payload, kanaal, koppeling.id, accountId);
      const raw = call.raw.toString('utf8');
      let nieuw = 0;
      for (const message of messages) if (!(await pipeline.receive(message, raw)).duplicate) nieuw++;
      for (const receipt of receipts) await applyReceipt(db, kanaal, accountId, receipt);
      return { status: 200, body: { berichten: messages.length, nieuw, ontvangstbevestigingen: receipts.length } };
    },

    async send(message, ctx) {
      if (!message.aan) throw new DeliveryRefused(`Geen ontvanger (page-scoped id) voor ${kanaal}.`);
      const grenzen = kanaalgrenzen(kanaal, ctx.laatsteInkomend, ctx.now);
      if (!grenzen.vensterOpen)
        throw new DeliveryRefused(
          `Buiten het 24-uursvenster van ${kanaal}: Meta staat geen antwoord meer toe tot de inwoner opnieuw schrijft.`,
        );
      if (grenzen.maxLengte && message.inhoud.length > grenzen.maxLengte)
        throw new DeliveryRefused(`Te lang voor ${kanaal}: ${message.inhoud.length} tekens, hoogstens ${grenzen.maxLengte}.`);
      const accountId = ctx.koppeling.instellingen[accountSetting] ?? '';
      const body = await callProvider(`${ctx.apis.metaGraphUrl}/${ctx.apis.metaGraphVersion}/${encodeURIComponent(accountId)}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ctx.koppeling.geheimen.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ recipient: { id: message.aan }, messaging_type: 'RESPONSE', message: { text: message.inhoud } }),
      });
      return typeof body.message_id === 'string' ? { kanaalBerichtId: body.message_id } : {};
    },
  };
}

export const messengerProvider = metaMessagingProvider('messenger', 'pageId');
export const instagramProvider = metaMessagingProvider('instagram', 'accountId');
