import type { Config } from './config.ts';
import type { LoketDatabase } from './db/database.ts';
import { analyticsJobs, classifyInbound } from './analytics/analytics.hooks.ts';
import { meldingJobs } from './afdelingen/melding-job.ts';
import { pasBewaartermijnenToe } from './bewaartermijnen/bewaartermijnen.ts';
import { botModusVoorNieuwGesprek } from './bot/bot-conversation.ts';
import { botBeurtStap } from './bot/bot-vervolgstap.ts';
import { InboundPipeline, type PipelineOptions } from './conversations/inbound.service.ts';
import { deliverDue, OutboundRegistry } from './conversations/outbound.ts';
import { Vervolgstappen, type VervolgstapOptions } from './conversations/vervolgstappen.service.ts';
import { vacuumEmbedded } from './db/vacuum.ts';
import { knowledgeJobs } from './knowledge/review-reminders.ts';
import type { App } from './platform/http.ts';
import { JobKicks } from './platform/job-kicks.ts';
import { Job } from './platform/jobs.ts';
import { wachttijdenJob, xlaDagenJob } from './rapportage/rapportage.hooks.ts';
import { assignWaiting } from './routing/assignment.ts';
import { anyoneAvailable } from './routing/presence.ts';
import { kickOnClose, xlaJob } from './xla/xla.hooks.ts';

export interface BackgroundDeps {
  database: LoketDatabase;
  config: Config;
  /** Run the retry and delivery jobs (default true; tests drive them by hand). */
  backgroundJobs?: boolean;
  pipelineOptions?: PipelineOptions;
  /** Hooks into the inbound messages' follow-up steps (tests make one fail). */
  vervolgstappen?: VervolgstapOptions;
  /** Poll intervals in ms by job name instead of the defaults (tests set them long to show a kick needs no poll). */
  jobIntervals?: Record<string, number>;
}

/** What the routes need of a node's background work: the pipeline and the jobs' kicks. */
export interface Background {
  pipeline: InboundPipeline;
  vervolgstappen: Vervolgstappen;
  jobKicks: JobKicks;
  kick: {
    inbound: () => void;
    delivery: () => void;
    /** Delivery on every node, for bursts of outbound work that all nodes should help with. */
    deliveryEverywhere: () => void;
    routing: () => void;
    vervolgstappen: () => void;
  };
}

/**
 * One node's inbound pipeline with its follow-up steps (the bot's turn, classification), the
 * outbound registry, and the background jobs (retries, delivery, routing, analytics, retention,
 * reminders), started when the app is ready and stopped before it closes.
 */
export function registerBackground(app: App, deps: BackgroundDeps): Background {
  const { database, config } = deps;
  // The jobs exist only below; the pipeline's hooks reach them through these.
  let kickRouting = () => {};
  let kickDelivery = () => {};
  const vervolgstappen = new Vervolgstappen(
    database.db,
    {
      'bot-beurt': botBeurtStap(database.db, {
        anyoneAvailable: (kanaal) => anyoneAvailable(database.db, kanaal, app.clock.now()),
        kickDelivery: () => kickDelivery(),
        kickRouting: () => kickRouting(),
        zaakstatus: { backoffice: () => app.backoffice, clock: app.clock },
        artikelUrl: config.kennisbankArtikelUrl,
      }),
      classificeren: ({ processed }) => classifyInbound(database.db, processed),
    },
    app.clock,
    app.log,
    deps.vervolgstappen,
  );
  const pipeline = new InboundPipeline(database.db, {
    ...deps.pipelineOptions,
    newGesprekBotModus: (message) => botModusVoorNieuwGesprek(database.db, config.botActief, message),
    followUps: vervolgstappen,
    afterProcessed: async (processed) => {
      await deps.pipelineOptions?.afterProcessed?.(processed);
      kickRouting();
    },
  });
  const outbound = new OutboundRegistry();
  const jobs = [
    new Job('inkomend', 5_000, () => pipeline.processDue(), app.log),
    new Job('bezorging', deps.jobIntervals?.bezorging ?? 2_000, () => deliverDue(database.db, outbound), app.log),
    new Job('routering', 3_000, () => assignWaiting(database.db, { now: app.clock.now() }), app.log),
    new Job('vervolgstappen', 5_000, () => vervolgstappen.processDue(), app.log),
    ...analyticsJobs(database.db, app.log, app.clock),
    ...knowledgeJobs(database.db, app.log, app.clock),
    new Job('bewaartermijnen', 3_600_000, () => pasBewaartermijnenToe(database.db, config.bewaartermijnen, app.clock.now()), app.log),
    new Job('vacuum', 6 * 3_600_000, () => vacuumEmbedded(database), app.log),
    wachttijdenJob(database.db, config.werktijd, app.log),
    xlaDagenJob(database.db, app.log, app.clock),
    ...meldingJobs(database.db, config, app.log, app.clock),
    xlaJob(database.db, config.xla, { log: app.log, clock: app.clock, publicUrl: config.publicUrl, kickDelivery: () => kickDelivery() }),
  ] as const;
  kickDelivery = () => jobs[1].kick();
  // Jobs whose work arrives in bursts that every node should help with, not only the receiving one.
  const jobKicks = new JobKicks(database, app.log);
  const kickDeliveryEverywhere = jobKicks.add(jobs[1]);
  app.addHook('onClose', async () => jobKicks.stop());
  kickRouting = () => jobs[2].kick();
  app.decorate('pipeline', pipeline);
  app.decorate('vervolgstappen', vervolgstappen);
  app.decorate('outbound', outbound);
  if (deps.backgroundJobs ?? true) {
    app.addHook('onReady', async () => jobs.forEach((job) => job.start()));
    app.addHook('onReady', async () => jobKicks.start());
    const unsubscribe = kickOnClose(app.hub, jobs.at(-1)!);
    app.addHook('onClose', async () => unsubscribe());
    app.addHook('preClose', async () => {
      await Promise.all(jobs.map((job) => job.stop()));
    });
  }
  return {
    pipeline,
    vervolgstappen,
    jobKicks,
    kick: {
      inbound: () => jobs[0].kick(),
      delivery: () => jobs[1].kick(),
      deliveryEverywhere: kickDeliveryEverywhere,
      routing: () => jobs[2].kick(),
      vervolgstappen: () => jobs[3].kick(),
    },
  };
}
