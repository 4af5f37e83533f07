import { useI18n } from '../../i18n/i18n.tsx';

/** The organisatie beheer screen's own strings. English must have every Dutch key and parameter (checked by the type). */
export const organisatieNl = {
  titel: 'Teams en afdelingen',
  start: 'Teams en afdelingen: leden, openingstijden, termijnen en meldingen',
};

export type OrganisatieMessages = typeof organisatieNl;

export const organisatieEn: OrganisatieMessages = {
  titel: 'Teams and departments',
  start: 'Teams and departments: members, opening hours, terms and notices',
};

export function useOrganisatieT(): OrganisatieMessages {
  return useI18n().lang === 'en' ? organisatieEn : organisatieNl;
}
