import { useI18n } from '../i18n/i18n.tsx';

/** Strings for search and the closed conversations. English must have every Dutch key (checked by the type). */
export const zoekenNl = {
  label: 'Zoek in gesprekken en inwoners',
  knop: 'Zoeken',
  titel: 'Zoeken',
  titelVoor: (q: string) => `Zoekresultaten voor “${q}”`,
  afgehandeld: 'Afgehandelde gesprekken',
  intro:
    'Zoek op een woord uit het onderwerp of een bericht, of op de naam van een inwoner. Gebruik "aanhalingstekens" voor een zinsdeel en -woord om iets uit te sluiten.',
  filter: 'Welke gesprekken',
  alle: 'Alle gesprekken',
  alleenAfgehandeld: 'Alleen afgehandelde',
  gesprekken: (n: number) => (n === 1 ? '1 gesprek' : `${n} gesprekken`),
  inwoners: (n: number) => (n === 1 ? '1 inwoner' : `${n} inwoners`),
  geenGesprekken: 'Geen gesprekken gevonden.',
  geenInwoners: 'Geen inwoners gevonden.',
  laatste: (datum: string) => `laatste bericht ${datum}`,
  aangekondigd: (n: number) => (n === 1 ? '1 gesprek gevonden.' : `${n} gesprekken gevonden.`),
};

export type ZoekenMessages = typeof zoekenNl;

export const zoekenEn: ZoekenMessages = {
  label: 'Search conversations and residents',
  knop: 'Search',
  titel: 'Search',
  titelVoor: (q) => `Search results for “${q}”`,
  afgehandeld: 'Closed conversations',
  intro:
    'Search for a word in the subject or a message, or for a resident\'s name. Use "quotes" for a phrase and -word to leave something out.',
  filter: 'Which conversations',
  alle: 'All conversations',
  alleenAfgehandeld: 'Closed only',
  gesprekken: (n) => (n === 1 ? '1 conversation' : `${n} conversations`),
  inwoners: (n) => (n === 1 ? '1 resident' : `${n} residents`),
  geenGesprekken: 'No conversations found.',
  geenInwoners: 'No residents found.',
  laatste: (datum) => `last message ${datum}`,
  aangekondigd: (n) => (n === 1 ? '1 conversation found.' : `${n} conversations found.`),
};

export function useZoekenT(): ZoekenMessages {
  return useI18n().lang === 'en' ? zoekenEn : zoekenNl;
}
