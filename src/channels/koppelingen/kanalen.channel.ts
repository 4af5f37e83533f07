import type { Config } from '../../config.ts';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import type { Db } from '../../db/transaction.ts';
import type { App } from '../../platform/http.ts';
import { whatsappRoutes } from '../whatsapp/whatsapp.routes.ts';
import { kanaalOutbound } from './kanaal-outbound.ts';
import { kanalenWebhookRoutes } from './kanalen-webhook.routes.ts';
import { kanalenRoutes } from './kanalen.routes.ts';
import { SOORTEN } from './kanaal-soorten.ts';

/**
 * The messaging channels (WhatsApp, Messenger, Instagram, SMS): their beheer API, the providers'
 * webhooks and an outgoing adapter per kanaal. Connections live in the database, so a beheerder
 * adds or switches one off without a restart.
 */
export async function registerKanalen(
  app: App,
  deps: { db: Db; pipeline: InboundPipeline; config: Config; kickDelivery: () => void },
): Promise<void> {
  const { db, config } = deps;
  const shared = { db, key: config.secretKey, apis: config.berichtenApis, publicUrl: config.publicUrl };
  for (const kanaal of new Set(Object.values(SOORTEN).map((s) => s.kanaal))) app.outbound.register(kanaal, kanaalOutbound(shared, kanaal));
  kanalenRoutes(app, shared);
  whatsappRoutes(app, { db, kickDelivery: deps.kickDelivery });
  await kanalenWebhookRoutes(app, { ...shared, pipeline: deps.pipeline });
}
