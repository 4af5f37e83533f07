import { readFileSync } from 'node:fs';
import { UsageError } from '../platform/cli/args.ts';
import type { Command } from '../platform/cli/command.ts';
import { GeoInputError } from './plaatsbepaling/index.ts';
import { importStraten, importWijken } from './gebieden/gebieden.service.ts';
import { fileLines, importKlantcontacten } from './import/import-klantcontacten.ts';
import { ImportLineError } from './import/parse-contact-line.ts';
import { retrainClassifier } from './topics/classifier.ts';

function fileArgument(args: string[]): string {
  const [file] = args;
  if (!file) throw new UsageError('geef het bestand op');
  return file;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is geen leesbare JSON: ${(error as Error).message}`);
  }
}

/** Input errors name the file and place; they are the user's to fix, not a crash. */
async function reportingInputErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GeoInputError || error instanceof ImportLineError) throw new UsageError(error.message);
    throw error;
  }
}

export const importWijkenCommand: Command = {
  usage: 'import wijken BESTAND            laad de wijken (GeoJSON met code, naam, postcodes, inwoners)',
  async run(args, { withDatabase }) {
    const json = readJson(fileArgument(args));
    const { wijken } = await reportingInputErrors(() => withDatabase(({ db }) => importWijken(db, json)));
    console.log(`Wijken: ${wijken} geladen.`);
  },
};

export const importStratenCommand: Command = {
  usage: 'import straten BESTAND           laad de straten met hun wijk (na de wijken)',
  async run(args, { withDatabase }) {
    const json = readJson(fileArgument(args));
    const { straten } = await reportingInputErrors(() => withDatabase(({ db }) => importStraten(db, json)));
    console.log(`Straten: ${straten} geladen.`);
  },
};

export const importKlantcontactenCommand: Command = {
  usage: 'import klantcontacten BESTAND    laad contacthistorie (JSONL), met onderwerp en wijk',
  async run(args, { withDatabase }) {
    const file = fileArgument(args);
    const result = await reportingInputErrors(() => withDatabase(({ db }) => importKlantcontacten(db, fileLines(file))));
    console.log(
      `Klantcontacten: ${result.imported} geïmporteerd (${result.placed} in een wijk geplaatst) in ${(result.ms / 1000).toFixed(1)} s.`,
    );
  },
};

export const analyticsRetrainCommand: Command = {
  usage: 'analytics retrain              train de onderwerpherkenning opnieuw met de onderwerpen uit de afhandeling',
  async run(_args, { withDatabase }) {
    const result = await withDatabase(({ db }) => retrainClassifier(db));
    console.log(`Onderwerpherkenning opnieuw getraind: ${result.articles} artikelen, ${result.examples} voorbeelden.`);
  },
};
