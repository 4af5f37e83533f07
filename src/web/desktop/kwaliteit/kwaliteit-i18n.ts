import { useI18n } from '../i18n/i18n.tsx';
import { kwaliteitGesprekEn, kwaliteitGesprekNl } from './kwaliteit-gesprek-i18n.ts';
import { kwaliteitRapportEn, kwaliteitRapportNl } from './kwaliteit-rapport-i18n.ts';
import { kwaliteitZinnenEn, kwaliteitZinnenNl } from './kwaliteit-zinnen-i18n.ts';

/**
 * The quality screens' own strings, composed from one file per screen section. English must have
 * every Dutch key (checked by the type).
 */
export const kwaliteitNl = {
  nav: 'Kwaliteit',
  titel: 'Gesprekskwaliteit',
  gesprekTitel: 'Gesprek beoordelen',
  intro:
    'Of gegevens pas na verificatie worden gedeeld, waar medewerkers stilvallen en welke signaalzinnen er vallen, in telefoongesprekken en chats.',
  onbekend: 'Onbekend',
  geenGegevens: 'Geen gegevens.',
  ...kwaliteitRapportNl,
  ...kwaliteitZinnenNl,
  ...kwaliteitGesprekNl,
};

export type KwaliteitMessages = typeof kwaliteitNl;

export const kwaliteitEn: KwaliteitMessages = {
  nav: 'Quality',
  titel: 'Conversation quality',
  gesprekTitel: 'Review conversation',
  intro:
    'Whether details are shared only after verification, where agents fall silent and which alert phrases are said, in calls and chats.',
  onbekend: 'Unknown',
  geenGegevens: 'No data.',
  ...kwaliteitRapportEn,
  ...kwaliteitZinnenEn,
  ...kwaliteitGesprekEn,
};

export function useKwaliteitT(): KwaliteitMessages {
  return useI18n().lang === 'en' ? kwaliteitEn : kwaliteitNl;
}
