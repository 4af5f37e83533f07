import { useI18n } from '../../i18n/i18n.tsx';

/** The termijnen beheer screen's own strings. English must have every Dutch key and parameter (checked by the type). */
export const termijnenNl = {
  titel: 'Servicenormen en bewaartermijnen',
  start: 'Servicenormen en bewaartermijnen',
};

export type TermijnenMessages = typeof termijnenNl;

export const termijnenEn: TermijnenMessages = {
  titel: 'Service norms and retention periods',
  start: 'Service norms and retention periods',
};

export function useTermijnenT(): TermijnenMessages {
  return useI18n().lang === 'en' ? termijnenEn : termijnenNl;
}
