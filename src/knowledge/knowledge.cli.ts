import { readFileSync } from 'node:fs';
import type { Command } from '../platform/cli/command.ts';
import { UsageError } from '../platform/cli/args.ts';
import { systemContext } from '../platform/system-context.ts';
import { importKennisbank, parseKennisbank } from './kennisbank-io.ts';
import { importUpl, parseUpl } from './upl.ts';

function fileArgument(args: string[]): string {
  const [file] = args;
  if (!file) throw new UsageError('geef het bestand op');
  return readFileSync(file, 'utf8');
}

/** `npx loket import kennisbank FILE`: publishes every article in the file (idempotent by id). */
export const importKennisbankCommand: Command = {
  usage: 'import kennisbank BESTAND        publiceer de artikelen uit een kennisbank.json',
  async run(args, { withDatabase }) {
    const items = parseKennisbank(JSON.parse(fileArgument(args)));
    const result = await withDatabase(({ db }) => importKennisbank(db, systemContext('Import van de kennisbank'), items));
    console.log(`Kennisbank: ${result.created} nieuw, ${result.updated} bijgewerkt, ${result.unchanged} ongewijzigd.`);
  },
};

/** `npx loket import upl FILE`: loads the Uniforme Productnamenlijst (CSV) to check articles against. */
export const importUplCommand: Command = {
  usage: 'import upl BESTAND               laad de Uniforme Productnamenlijst (CSV)',
  async run(args, { withDatabase }) {
    const products = parseUpl(fileArgument(args));
    const count = await withDatabase(({ db }) => importUpl(db, products));
    console.log(`UPL: ${count} productnamen geladen.`);
  },
};
