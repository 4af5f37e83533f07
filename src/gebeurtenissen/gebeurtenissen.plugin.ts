import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { App } from '../platform/http.ts';
import type { JobKicks } from '../platform/job-kicks.ts';
import { Job } from '../platform/jobs.ts';
import type { ActieOmgeving } from './acties.ts';
import { afmeldenRoutes } from './afmelden.routes.ts';
import { attenderingenRoutes } from './attenderingen.routes.ts';
import { gebeurtenissenRoutes } from './gebeurtenissen.routes.ts';
import { Gebeurtenissen, type GebeurtenisOptions } from './gebeurtenissen.service.ts';
import { regelsRoutes } from './regels.routes.ts';

/**
 * Proactive service: events in, rules, and the job that applies them. Registered after the
 * back office (zaak lookups) and the channels (outbound adapters).
 */
export function registerGebeurtenissen(
  app: App,
  deps: {
    db: Kysely<Database>;
    config: Config;
    kickDelivery: () => void;
    jobKicks: JobKicks;
    /** The safety net: events are processed when stored (on every node), else at this interval. */
    pollMs: number;
    backgroundJobs: boolean;
    options?: GebeurtenisOptions | undefined;
  },
): void {
  const acties: ActieOmgeving = {
    db: deps.db,
    outbound: app.outbound,
    kickDelivery: deps.kickDelivery,
    stilte: deps.config.gebeurtenissen.stilte,
    publicUrl: deps.config.publicUrl,
  };
  const service = new Gebeurtenissen(deps.db, app.clock, () => app.backoffice, acties, deps.options);
  const job = new Job('gebeurtenissen', deps.pollMs, () => service.processDue(), app.log);
  const kick = deps.jobKicks.add(job);
  app.decorate('gebeurtenissen', service);
  if (deps.backgroundJobs) {
    app.addHook('onReady', async () => job.start());
    app.addHook('preClose', async () => job.stop());
  }
  // Structured-mode CloudEvents are JSON with their own media type.
  app.addContentTypeParser('application/cloudevents+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  gebeurtenissenRoutes(app, { db: deps.db, config: deps.config, service, kick });
  regelsRoutes(app, { db: deps.db, acties });
  attenderingenRoutes(app, deps.db);
  afmeldenRoutes(app, deps.db);
}
