import { useI18n } from '../../i18n/i18n.tsx';

/** The API tokens beheer screen's own strings. English must have every Dutch key and parameter (checked by the type). */
export const apiTokensNl = {
  titel: 'API-tokens',
  start: 'API-tokens voor koppelingen',
  intro:
    'Koppelingen (KISS, ITA, het CMS, een gebeurtenisbron) gebruiken een API-token: Authorization: Token <sleutel>. Een token werkt met één rol. Trek een token in zodra de koppeling stopt of de sleutel kan zijn uitgelekt.',
  wat: 'Het beheer van API-tokens (GET /api/api-tokens)',
  nieuwTitel: 'Nieuw API-token',
  naam: 'Naam van de koppeling',
  naamHulp: 'Zodat u later weet waarvoor het token is, bijvoorbeeld ‘KISS productie’.',
  rol: 'Rol',
  rollen: {
    kcc: 'KCC-medewerker',
    backoffice: 'Backoffice',
    teamleider: 'Teamleider',
    redacteur: 'Redacteur',
    beheerder: 'Beheerder',
    gebeurtenisbron: 'Gebeurtenisbron',
  } as Record<string, string>,
  rolHulp: 'Het token mag precies wat deze rol mag. Gebeurtenisbron: alleen gebeurtenissen melden.',
  maken: 'Token maken',
  naamLeeg: 'Vul de naam van de koppeling in.',
  sleutelTitel: (naam: string) => `De sleutel van ${naam}`,
  sleutelWaarschuwing:
    'Kopieer de sleutel nu en bewaar hem veilig in de koppeling. Loket toont hem nooit meer; kwijt is een nieuw token maken.',
  sleutelLabel: 'Sleutel',
  kopieren: 'Sleutel kopiëren',
  gekopieerd: 'De sleutel is gekopieerd.',
  kopierenMislukt: 'Kopiëren lukte niet; selecteer de sleutel en kopieer hem zelf.',
  sleutelSluiten: 'Ik heb de sleutel bewaard',
  lijst: 'API-tokens',
  geen: 'Er zijn nog geen API-tokens.',
  kolom: { naam: 'Naam', rol: 'Rol', aangemaakt: 'Aangemaakt', gebruikt: 'Laatst gebruikt', status: 'Status', acties: 'Acties' },
  nooit: 'nooit',
  actief: 'Actief',
  ingetrokken: (op: string) => `Ingetrokken op ${op}`,
  intrekken: 'Intrekken…',
  intrekkenLabel: (naam: string) => `${naam} intrekken…`,
  dialoogTitel: 'Token intrekken?',
  dialoogTekst: (naam: string) =>
    `Na het intrekken werkt de koppeling ${naam} niet meer met dit token. Dit kan niet ongedaan worden gemaakt.`,
  bevestig: (naam: string) => `${naam} intrekken`,
  annuleren: 'Annuleren',
  ingetrokkenMelding: (naam: string) => `Het token ${naam} is ingetrokken.`,
  gemaakt: (naam: string) => `Het token ${naam} is gemaakt. Kopieer de sleutel nu: hij wordt maar één keer getoond.`,
};

export type ApiTokensMessages = typeof apiTokensNl;

export const apiTokensEn: ApiTokensMessages = {
  titel: 'API tokens',
  start: 'API tokens for integrations',
  intro:
    'Integrations (KISS, ITA, the CMS, an event source) use an API token: Authorization: Token <key>. A token acts with one role. Revoke a token as soon as the integration stops or the key may have leaked.',
  wat: 'API token management (GET /api/api-tokens)',
  nieuwTitel: 'New API token',
  naam: 'Name of the integration',
  naamHulp: 'So you know later what the token is for, for example ‘KISS production’.',
  rol: 'Role',
  rollen: {
    kcc: 'KCC agent',
    backoffice: 'Back office',
    teamleider: 'Team lead',
    redacteur: 'Editor',
    beheerder: 'Administrator',
    gebeurtenisbron: 'Event source',
  },
  rolHulp: 'The token may do exactly what this role may. Event source: only report events.',
  maken: 'Create token',
  naamLeeg: 'Enter the name of the integration.',
  sleutelTitel: (naam: string) => `The key of ${naam}`,
  sleutelWaarschuwing: 'Copy the key now and keep it safe in the integration. Loket never shows it again; if lost, create a new token.',
  sleutelLabel: 'Key',
  kopieren: 'Copy key',
  gekopieerd: 'The key has been copied.',
  kopierenMislukt: 'Copying failed; select the key and copy it yourself.',
  sleutelSluiten: 'I have stored the key',
  lijst: 'API tokens',
  geen: 'There are no API tokens yet.',
  kolom: { naam: 'Name', rol: 'Role', aangemaakt: 'Created', gebruikt: 'Last used', status: 'Status', acties: 'Actions' },
  nooit: 'never',
  actief: 'Active',
  ingetrokken: (op: string) => `Revoked on ${op}`,
  intrekken: 'Revoke…',
  intrekkenLabel: (naam: string) => `Revoke ${naam}…`,
  dialoogTitel: 'Revoke token?',
  dialoogTekst: (naam: string) => `Once revoked, the integration ${naam} no longer works with this token. This cannot be undone.`,
  bevestig: (naam: string) => `Revoke ${naam}`,
  annuleren: 'Cancel',
  ingetrokkenMelding: (naam: string) => `The token ${naam} has been revoked.`,
  gemaakt: (naam: string) => `The token ${naam} has been created. Copy the key now: it is shown only once.`,
};

export function useApiTokensT(): ApiTokensMessages {
  return useI18n().lang === 'en' ? apiTokensEn : apiTokensNl;
}
