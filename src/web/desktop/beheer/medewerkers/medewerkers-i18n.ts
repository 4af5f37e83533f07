import { useI18n } from '../../i18n/i18n.tsx';

/** The medewerkers beheer screen's own strings. English must have every Dutch key and parameter (checked by the type). */
export const medewerkersNl = {
  titel: 'Medewerkers',
  start: 'Medewerkers: accounts, rollen en teams',
};

export type MedewerkersMessages = typeof medewerkersNl;

export const medewerkersEn: MedewerkersMessages = {
  titel: 'Staff',
  start: 'Staff: accounts, roles and teams',
};

export function useMedewerkersT(): MedewerkersMessages {
  return useI18n().lang === 'en' ? medewerkersEn : medewerkersNl;
}
