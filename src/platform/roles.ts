/**
 * Roles of the people who work in Loket and what each may do. Personal data is shown only to
 * roles whose work needs it (AVG data minimisation); each role has the purpose that is written
 * to the processing log when it touches personal data.
 */
export const ROLES = ['kcc', 'backoffice', 'teamleider', 'redacteur', 'beheerder', 'gebeurtenisbron'] as const;
export type Rol = (typeof ROLES)[number];

export const PERMISSIONS = {
  'partij:lezen': ['kcc', 'backoffice', 'teamleider'],
  'partij:schrijven': ['kcc', 'backoffice', 'teamleider'],
  'partij:samenvoegen': ['kcc', 'teamleider'],
  'klantcontact:lezen': ['kcc', 'backoffice', 'teamleider'],
  'klantcontact:schrijven': ['kcc', 'backoffice', 'teamleider'],
  // Labelling and snoozing gesprekken is inbox work: the agents and their team lead.
  'gesprek:ordenen': ['kcc', 'teamleider'],
  'interne-taak:lezen': ['kcc', 'backoffice', 'teamleider'],
  'interne-taak:schrijven': ['kcc', 'backoffice', 'teamleider'],
  'verwerkingslog:lezen': ['beheerder'],
  'medewerker:beheren': ['beheerder'],
  'token:beheren': ['beheerder'],
  'inkomend:beheren': ['beheerder'],
  'teamleider:overzicht': ['teamleider'],
  // Reply templates: every agent uses them, the team lead keeps them.
  'antwoordsjabloon:beheren': ['teamleider'],
  'kennis:redigeren': ['redacteur'],
  'kennis:publiceren': ['redacteur'],
  'formulier:beheren': ['beheerder'],
  'analytics:lezen': ['teamleider'],
  // Experience figures (XLA): aggregates only, for the team lead and the beheerder who reports on the KCC.
  'xla:lezen': ['teamleider', 'beheerder'],
  'afdeling:beheren': ['beheerder'],
  // The coordinator's view and bulk reassignment of tasks.
  'interne-taak:herverdelen': ['teamleider'],
  'analytics:classificeren': ['kcc', 'teamleider', 'redacteur'],
  'analytics:trainen': ['teamleider', 'redacteur'],
  'inhoudsgaten:lezen': ['teamleider', 'redacteur'],
  'transcript:analyseren': ['kcc', 'teamleider'],
  'kwaliteit:lezen': ['teamleider'],
  'kwaliteit:beheren': ['teamleider'],
  'kennishiaten:lezen': ['redacteur', 'teamleider'],
  'kanaal:beheren': ['beheerder'],
  'bron:beheren': ['beheerder'],
  'brp:raadplegen': ['kcc', 'backoffice', 'teamleider'],
  // kcc only within a gesprek whose caller is verified as the partij (checked by the zaken service).
  'zaak:lezen': ['kcc', 'backoffice', 'teamleider'],
  // An event source (sensors, a back office) may post events and nothing else.
  'gebeurtenis:plaatsen': ['gebeurtenisbron'],
  'gebeurtenis:beheren': ['beheerder'],
  'gebeurtenis-signaal:lezen': ['teamleider'],
} as const satisfies Record<string, readonly Rol[]>;
export type Permission = keyof typeof PERMISSIONS;

export const ROLE_PURPOSE: Record<Rol, string> = {
  kcc: 'Beantwoorden van vragen en verzoeken van inwoners en ondernemers',
  backoffice: 'Afhandelen van contactverzoeken en interne taken',
  teamleider: 'Sturing en kwaliteitsbewaking van de klantcontacten',
  redacteur: 'Beheer van de kennisbank',
  beheerder: 'Beheer van Loket en verantwoording van verwerkingen',
  gebeurtenisbron: 'Melden van gebeurtenissen voor proactieve dienstverlening',
};

export function isRol(value: string): value is Rol {
  return (ROLES as readonly string[]).includes(value);
}

export function hasPermission(rollen: readonly Rol[], permission: Permission): boolean {
  const allowed: readonly Rol[] = PERMISSIONS[permission];
  return rollen.some((rol) => allowed.includes(rol));
}
