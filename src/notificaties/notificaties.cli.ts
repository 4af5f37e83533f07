import { UsageError } from '../platform/cli/args.ts';
import type { Command } from '../platform/cli/command.ts';
import { loadConfig } from '../config.ts';
import { gewenstAbonnement, registreerAbonnement } from './abonnement.ts';
import { NotificatiesClient } from './notificaties.client.ts';

/**
 * `npx loket notificaties abonneer`: what Loket does at start, now (after changing the kanalen or
 * the callback's auth). Needs no database, so it runs beside a Loket on the embedded one.
 */
export const notificatiesAbonneerCommand: Command = {
  usage: 'notificaties abonneer           registreer of werk het abonnement bij de Notificaties-component bij',
  async run() {
    const config = loadConfig();
    const api = config.gebeurtenissen.notificatiesApi;
    const wens = gewenstAbonnement(config);
    if (!api || !wens)
      throw new UsageError(
        'stel NOTIFICATIES_API_URL, NOTIFICATIES_CLIENT_ID, NOTIFICATIES_SECRET, NOTIFICATIES_CALLBACK_AUTH en NOTIFICATIES_KANALEN in',
      );
    const uitkomst = await registreerAbonnement(new NotificatiesClient(api), wens);
    console.log(`Abonnement ${uitkomst}: ${wens.callbackUrl} op ${wens.kanalen.map((k) => k.naam).join(', ')}.`);
  },
};
