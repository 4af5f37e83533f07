import { useI18n } from '../../i18n/i18n.tsx';

/** The failures screen's strings. English must have every Dutch key and parameter (checked by the type). */
export const nietVerwerktNl = {
  start: 'Niet verwerkt: mislukte inkomende berichten en vervolgstappen, inlogpogingen',
  titel: 'Niet verwerkt',
};

export type NietVerwerktMessages = typeof nietVerwerktNl;

export const nietVerwerktEn: NietVerwerktMessages = {
  start: 'Not processed: failed inbound messages and follow-ups, login attempts',
  titel: 'Not processed',
};

export function useNietVerwerktT(): NietVerwerktMessages {
  return useI18n().lang === 'en' ? nietVerwerktEn : nietVerwerktNl;
}
