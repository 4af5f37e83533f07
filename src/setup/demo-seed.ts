import type { Kysely } from 'kysely';
import { importStraten, importWijken } from '../analytics/gebieden/gebieden.service.ts';
import { signalNewHotspots } from '../analytics/signals/signals.service.ts';
import { catchUpTopics } from '../analytics/topics/topics.service.ts';
import type { Database } from '../db/schema.ts';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { importUpl, parseUpl } from '../knowledge/upl.ts';
import { seedCalls } from './demo/demo-calls.ts';
import { readJson, readUpl } from './demo/demo-data.ts';
import { importDemoHistory } from './demo/demo-history.ts';
import { seedInbox } from './demo/demo-inbox.ts';
import { createDemoAfdelingen } from './demo/demo-afdelingen.ts';
import { createDemoUsers, type DemoAccount } from './demo/demo-users.ts';
import { seedLindelaan } from './demo/lindelaan.ts';
import { systemContext } from '../platform/system-context.ts';

export { LINDELAAN_INWONER, LINDELAAN_VERZOEK } from '../backoffice/peers/lindelaan.ts';
export type { DemoAccount } from './demo/demo-users.ts';

export const DEMO_GEMEENTE = 'Lindendaal';

export interface DemoResult {
  accounts: DemoAccount[];
  contacten: number;
  /** Milliseconds per step, for the log and the README's figures. */
  timings: Record<string, number>;
}

/**
 * The demo municipality of Lindendaal (lindendaal/), loaded through the same imports and services
 * an installation uses: the published kennisbank, wijken and streets, twelve weeks of contact
 * history moved to end in the week of `now`, people in every role, open gesprekken in the inbox,
 * analysed calls for the quality view and the Lindelaan story. Not one transaction: the history
 * import commits per batch, as it must to stay fast.
 */
export async function seedDemo(db: Kysely<Database>, options: { now: Date }): Promise<DemoResult> {
  const { now } = options;
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[name] = Math.round(performance.now() - started);
    }
  };
  const ctx = systemContext(`Inrichten van de demogemeente ${DEMO_GEMEENTE}`);

  await step('kennisbank', async () => {
    await importUpl(db, parseUpl(readUpl()));
    await importKennisbank(db, ctx, parseKennisbank(readJson('kennisbank.json')));
  });
  await step('gebieden', async () => {
    await importWijken(db, readJson('wijken.geojson'));
    await importStraten(db, readJson('straten.json'));
  });
  await step('afdelingen', () => createDemoAfdelingen(db));
  const users = await step('medewerkers', () => createDemoUsers(db));
  const history = await step('historie', () => importDemoHistory(db, now));
  await step('verhalen', async () => {
    await seedLindelaan(db, now, users);
    await seedInbox(db, now);
    await seedCalls(db, users);
  });
  await step('signalen', async () => {
    await catchUpTopics(db);
    await signalNewHotspots(db, now);
  });
  const accounts = Object.values(users).map(({ rol, gebruikersnaam, naam, wachtwoord }) => ({ rol, gebruikersnaam, naam, wachtwoord }));
  return { accounts, contacten: history.imported, timings };
}
