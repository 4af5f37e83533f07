import type { BerichtenApiConfig } from '../../config.ts';
import { laatsteInkomend } from '../../conversations/kanaalgrenzen.ts';
import { DeliveryRefused, type OutboundAdapter } from '../../conversations/outbound.ts';
import type { Db } from '../../db/transaction.ts';
import { activeKoppeling, openKoppeling } from './kanalen.service.ts';
import { activeKoppelingen } from './kanalen.queries.ts';
import { KANAAL_SOORTEN, SOORTEN } from './kanaal-soorten.ts';
import type { Koppeling, SendContext } from './provider.ts';
import { PROVIDERS } from './providers.ts';

export interface KanaalOutboundDeps {
  db: Db;
  key: Buffer | undefined;
  apis: BerichtenApiConfig;
  publicUrl: string;
}

/**
 * The connection a gesprek goes out on: the one its first message came in on (kept in the
 * gesprek's metadata). A gesprek that names none (started in Loket) uses the kanaal's only
 * active connection.
 */
async function koppelingOf(deps: KanaalOutboundDeps, gesprekId: string, kanaal: string): Promise<Koppeling | undefined> {
  const gesprek = await deps.db.selectFrom('gesprek').select('metadata').where('id', '=', gesprekId).executeTakeFirst();
  const kanaalId = (gesprek?.metadata as { kanaalId?: unknown } | null)?.kanaalId;
  if (typeof kanaalId === 'string') return activeKoppeling(deps.db, deps.key, kanaalId);
  const candidates = await activeKoppelingen(
    deps.db,
    KANAAL_SOORTEN.filter((s) => SOORTEN[s].kanaal === kanaal),
  );
  return candidates.length === 1 ? openKoppeling(candidates[0], deps.key) : undefined;
}

/** The outgoing adapter of one kanaal: finds the gesprek's connection and hands the reply to its provider. */
export function kanaalOutbound(deps: KanaalOutboundDeps, kanaal: string): OutboundAdapter {
  return {
    async send(message) {
      const koppeling = await koppelingOf(deps, message.gesprekId, kanaal);
      if (!koppeling) throw new DeliveryRefused(`Het ${kanaal}-kanaal van dit gesprek staat uit of is niet (eenduidig) ingesteld.`);
      const bericht = await deps.db.selectFrom('bericht').select('metadata').where('id', '=', message.berichtId).executeTakeFirst();
      const extra = (bericht?.metadata ?? {}) as Pick<SendContext, 'sjabloon' | 'media'>;
      return PROVIDERS[koppeling.soort].send(message, {
        koppeling,
        apis: deps.apis,
        webhookUrl: `${deps.publicUrl}/api/kanalen/${koppeling.id}/webhook`,
        laatsteInkomend: await laatsteInkomend(deps.db, message.gesprekId),
        sjabloon: extra.sjabloon,
        media: extra.media,
        now: new Date(),
      });
    },
  };
}
