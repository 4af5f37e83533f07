import type { Command } from '../platform/cli/command.ts';
import { loadConfig } from '../config.ts';
import { systemClock } from '../platform/clock.ts';
import { pasBewaartermijnenToe } from './bewaartermijnen.ts';

/** `npx loket bewaartermijnen toepassen`: what the hourly job does, now (e.g. from cron while Loket is down). */
export const bewaartermijnenCommand: Command = {
  usage: 'bewaartermijnen toepassen       verwijder nu wat over de bewaartermijn is',
  async run(_args, { withDatabase }) {
    const config = loadConfig();
    const results = await withDatabase(({ db }) => pasBewaartermijnenToe(db, config.bewaartermijnen, systemClock.now()));
    for (const r of results) console.log(`${r.regel.padEnd(16)} ${r.aantal} verwijderd of geleegd`);
  },
};
