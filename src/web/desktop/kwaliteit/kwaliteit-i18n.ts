import { useI18n } from '../i18n/i18n.tsx';

/** The quality screens' own strings. English must have every Dutch key (checked by the type). */
export const kwaliteitNl = {
  nav: 'Kwaliteit',
  titel: 'Gesprekskwaliteit',
  gesprekTitel: 'Gesprek beoordelen',
};

export type KwaliteitMessages = typeof kwaliteitNl;

export const kwaliteitEn: KwaliteitMessages = {
  nav: 'Quality',
  titel: 'Conversation quality',
  gesprekTitel: 'Review conversation',
};

export function useKwaliteitT(): KwaliteitMessages {
  return useI18n().lang === 'en' ? kwaliteitEn : kwaliteitNl;
}
