import type { Config } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import type { App } from '../platform/http.ts';
import { Job } from '../platform/jobs.ts';
import { gewenstAbonnement, registreerAbonnementEenmaal } from './abonnement.ts';
import { NotificatiesClient } from './notificaties.client.ts';
import { Publicatie } from './publicatie.ts';

/**
 * Loket and the Notificaties component: the job that publishes the outbox, and at start the
 * abonnement (retried every 30 s until it succeeds, in the background: readiness does not wait).
 */
export function registerNotificaties(app: App, deps: { db: Db; config: Config; backgroundJobs: boolean }): void {
  const { db, config } = deps;
  const api = config.gebeurtenissen.notificatiesApi;
  const client = api ? new NotificatiesClient(api) : undefined;
  const publicatie = new Publicatie(db, client, app.clock, app.log, config.publicUrl);
  app.decorate('notificatiesUit', publicatie);
  const jobs = [new Job('notificaties-uit', 2_000, () => publicatie.processDue(), app.log)];
  const wens = gewenstAbonnement(config);
  if (client && wens) {
    let geregistreerd = false;
    const abonnement = new Job(
      'notificaties-abonnement',
      30_000,
      async () => {
        if (geregistreerd) return;
        const uitkomst = await registreerAbonnementEenmaal(db, client, wens);
        geregistreerd = true;
        app.log.info({ uitkomst, callbackUrl: wens.callbackUrl }, 'abonnement at the Notificaties component');
      },
      app.log,
    );
    jobs.push(abonnement);
  }
  if (!deps.backgroundJobs) return;
  app.addHook('onReady', async () => {
    for (const job of jobs) {
      job.start();
      job.kick();
    }
  });
  app.addHook('preClose', async () => {
    await Promise.all(jobs.map((job) => job.stop()));
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Loket's own notificaties: the outbox's delivery to the Notificaties component. */
    notificatiesUit: Publicatie;
  }
}
