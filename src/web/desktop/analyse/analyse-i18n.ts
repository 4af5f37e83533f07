import { useI18n } from '../i18n/i18n.tsx';

/** The analytics dashboard's own strings. English must have every Dutch key (checked by the type). */
export const analyseNl = {
  nav: 'Analyse',
  titel: 'Contactanalyse',
};

export type AnalyseMessages = typeof analyseNl;

export const analyseEn: AnalyseMessages = {
  nav: 'Analytics',
  titel: 'Contact analytics',
};

export function useAnalyseT(): AnalyseMessages {
  return useI18n().lang === 'en' ? analyseEn : analyseNl;
}
