import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import { Job } from '../platform/jobs.ts';
import type { EventHub } from '../platform/realtime/event-bus.ts';
import { verstuurEnquetes } from './enquete.service.ts';
import type { XlaConfig } from '../config.ts';

/**
 * The survey job: every minute, and at once when any node closes a gesprek (the conversations
 * domain's 'gesprek.status' event), surveys for closed gesprekken that have none. Durable without touching the close transition: what a missed event or
 * a crash leaves undone, the next run finds in the tables.
 */
export function xlaJob(
  db: Db,
  config: XlaConfig,
  deps: { log: FastifyBaseLogger; clock: Clock; publicUrl: string; kickDelivery: () => void },
): Job {
  return new Job(
    'enquetes',
    60_000,
    () => verstuurEnquetes(db, config, { now: deps.clock.now(), publicUrl: deps.publicUrl, kickDelivery: deps.kickDelivery }),
    deps.log,
  );
}

/** Kicks the job when a gesprek is closed; returns the unsubscribe. */
export function kickOnClose(hub: EventHub, job: Job): () => void {
  return hub.subscribe((event) => {
    if (event.type === 'gesprek.status' && event.data.status === 'afgehandeld') job.kick();
  });
}
