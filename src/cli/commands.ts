import { createApiToken } from '../auth/api-tokens.ts';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { randomSecret } from '../auth/secrets.ts';
import { isRol, ROLES, type Rol } from '../platform/roles.ts';
import { botRetrainCommand } from '../bot/bot.cli.ts';
import { importKennisbankCommand, importUplCommand } from '../knowledge/knowledge.cli.ts';
import {
  analyticsRetrainCommand,
  importKlantcontactenCommand,
  importStratenCommand,
  importWijkenCommand,
} from '../analytics/analytics.cli.ts';
import { bewaartermijnenCommand } from '../bewaartermijnen/bewaartermijnen.cli.ts';
import { notificatiesAbonneerCommand } from '../notificaties/notificaties.cli.ts';
import { parse, required, UsageError } from '../platform/cli/args.ts';
import { withDatabase } from './context.ts';
import type { Command } from '../platform/cli/command.ts';

function roles(value: string): Rol[] {
  const list = value.split(',').map((r) => r.trim());
  const wrong = list.filter((r) => !isRol(r));
  if (wrong.length > 0) throw new UsageError(`onbekende rol: ${wrong.join(', ')} (kies uit ${ROLES.join(', ')})`);
  return list as Rol[];
}

/** Importers per kind (`npx loket import <soort> FILE`); domains add theirs here. */
export const importers: Record<string, Command> = {
  kennisbank: importKennisbankCommand,
  upl: importUplCommand,
  wijken: importWijkenCommand,
  straten: importStratenCommand,
  klantcontacten: importKlantcontactenCommand,
};

export const commands: Record<string, Command> = {
  'bot retrain': botRetrainCommand,
  'analytics retrain': analyticsRetrainCommand,
  'bewaartermijnen toepassen': bewaartermijnenCommand,
  'notificaties abonneer': notificatiesAbonneerCommand,
  migrate: {
    usage: 'migrate                        voer databasemigraties uit',
    run: () =>
      withDatabase(async () => {
        console.log('Database is bijgewerkt.');
      }),
  },
  'medewerker add': {
    usage: 'medewerker add --gebruikersnaam X --naam "Y" --rol kcc[,teamleider] [--email E] [--team T] [--wachtwoord W]',
    async run(args) {
      const { values } = parse(args, {
        gebruikersnaam: { type: 'string' },
        naam: { type: 'string' },
        rol: { type: 'string' },
        email: { type: 'string' },
        team: { type: 'string', multiple: true },
        wachtwoord: { type: 'string' },
      });
      const wachtwoord = (values.wachtwoord as string | undefined) ?? randomSecret(15);
      await withDatabase(async ({ db }) => {
        await createMedewerker(db, {
          gebruikersnaam: required(values, 'gebruikersnaam'),
          naam: required(values, 'naam'),
          rollen: roles(required(values, 'rol')),
          email: values.email as string | undefined,
          teams: values.team as string[] | undefined,
          wachtwoord,
        });
      });
      console.log(`Medewerker ${String(values.gebruikersnaam)} aangemaakt.`);
      if (!values.wachtwoord) console.log(`Wachtwoord (wordt maar één keer getoond): ${wachtwoord}`);
    },
  },
  'token create': {
    usage: 'token create --naam "KISS" --rol kcc        maak een API-token voor een koppeling',
    async run(args) {
      const { values } = parse(args, { naam: { type: 'string' }, rol: { type: 'string' } });
      const [rol] = roles(required(values, 'rol'));
      const { key } = await withDatabase(({ db }) => createApiToken(db, required(values, 'naam'), rol!));
      console.log(`API-token aangemaakt. Gebruik: Authorization: Token ${key}`);
      console.log('De sleutel wordt maar één keer getoond.');
    },
  },
};
