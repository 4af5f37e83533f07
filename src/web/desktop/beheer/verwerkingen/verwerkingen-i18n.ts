import { useI18n } from '../../i18n/i18n.tsx';

/** The processing log screen's strings. English must have every Dutch key and parameter (checked by the type). */
export const verwerkingenNl = {
  start: 'Verwerkingenlog: wie welke persoonsgegevens inzag of wijzigde',
  titel: 'Verwerkingenlog',
};

export type VerwerkingenMessages = typeof verwerkingenNl;

export const verwerkingenEn: VerwerkingenMessages = {
  start: 'Processing log: who viewed or changed which personal data',
  titel: 'Processing log',
};

export function useVerwerkingenT(): VerwerkingenMessages {
  return useI18n().lang === 'en' ? verwerkingenEn : verwerkingenNl;
}
