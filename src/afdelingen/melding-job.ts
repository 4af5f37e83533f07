import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import { Job } from '../platform/jobs.ts';
import { createMeldingMailer } from './melding-mailer.ts';
import { verstuurMeldingen } from './toewijzingsmelding.ts';

/** Sends assignment mails every 30 seconds when outgoing SMTP is configured; without it they wait in the outbox. */
export function meldingJobs(db: Db, config: Config, log: FastifyBaseLogger, clock: Clock): Job[] {
  const { smtpOut, from } = config.email;
  if (!smtpOut || !from) return [];
  const mailer = createMeldingMailer(smtpOut, from);
  return [
    new Job(
      'toewijzingsmeldingen',
      30_000,
      () => verstuurMeldingen(db, mailer, { publicUrl: config.publicUrl, now: () => clock.now() }),
      log,
    ),
  ];
}
