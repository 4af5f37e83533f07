import { useI18n } from '../i18n/i18n.tsx';

/** Strings for the signals of new work. English must have every Dutch key (checked by the type). */
export const signalenNl = {
  wachtend: (n: number) => (n === 1 ? '1 wachtend gesprek' : `${n} wachtende gesprekken`),
  instellingen: 'Meldingen',
  geluid: 'Geluid bij nieuw werk',
  meldingenAan: 'Meldingen aanzetten',
  meldingenGeweigerd: 'Meldingen staan uit in de browser',
  meldingenStaanAan: 'Meldingen staan aan',
  nieuwGesprek: 'Nieuw werk in Loket',
  nieuwBericht: (kanaal: string, onderwerp: string) => `${kanaal}: ${onderwerp}`,
  zonderOnderwerp: 'Nieuw bericht van een inwoner',
  aangekondigd: (n: number) => (n === 1 ? 'Nieuw werk: 1 gesprek wacht op u.' : `Nieuw werk: ${n} gesprekken wachten op u.`),
};

export type SignalenMessages = typeof signalenNl;

export const signalenEn: SignalenMessages = {
  wachtend: (n) => (n === 1 ? '1 waiting conversation' : `${n} waiting conversations`),
  instellingen: 'Notifications',
  geluid: 'Sound for new work',
  meldingenAan: 'Turn on notifications',
  meldingenGeweigerd: 'Notifications are blocked in the browser',
  meldingenStaanAan: 'Notifications are on',
  nieuwGesprek: 'New work in Loket',
  nieuwBericht: (kanaal, onderwerp) => `${kanaal}: ${onderwerp}`,
  zonderOnderwerp: 'New message from a resident',
  aangekondigd: (n) => (n === 1 ? 'New work: 1 conversation is waiting for you.' : `New work: ${n} conversations are waiting for you.`),
};

export function useSignalenT(): SignalenMessages {
  return useI18n().lang === 'en' ? signalenEn : signalenNl;
}
