import { useI18n } from '../i18n/i18n.tsx';
import type { OntbrekendReden } from './zaken-api.ts';
import { datumVoluit } from '../i18n/datum.ts';

/** The cases panel's own strings. English must have every Dutch key and parameter (checked by the type). */
export const zakenNl = {
  titel: 'Zaken',
  intro: 'Aanvragen, meldingen en vergunningen van deze inwoner in de zaaksystemen van de gemeente.',
  laden: 'Zaken ophalen…',
  wat: 'Zaken van de inwoner (GET /api/partijen/:id/zaken)',
  datum: (value: string) => datumVoluit(value, 'nl-NL'),
  aantal: (n: number) => (n === 0 ? 'Geen zaken gevonden.' : n === 1 ? '1 zaak gevonden.' : `${n} zaken gevonden.`),
  geen: 'Geen zaken gevonden.',
  onvolledigTitel: 'Deze lijst is mogelijk niet volledig',
  onvolledig: (bron: string, reden: OntbrekendReden) =>
    ({
      timeout: `${bron} reageert niet (time-out).`,
      fout: `${bron} gaf een foutmelding.`,
      'ongeldig-antwoord': `${bron} gaf een antwoord dat Loket niet kan lezen.`,
      uit: `${bron} is tijdelijk uitgeschakeld na eerdere storingen.`,
    })[reden] ?? `${bron} is niet bereikbaar.`,
  onvolledigAdvies: 'Zeg de inwoner dat u niet alle zaken kunt zien, of probeer het later opnieuw.',
  geenBron: 'Er is geen zaaksysteem gekoppeld. Vraag de beheerder een zaaksysteem in te stellen.',
  geenToegang: 'Zaken van deze inwoner ziet u in een gesprek, nadat u de inwoner heeft geverifieerd.',
  geenVerificatie: 'Verifieer eerst de identiteit van de inwoner; daarna ziet u de zaken.',
  opnieuw: 'Zaken opnieuw ophalen',
  zaak: {
    identificatie: 'Zaaknummer',
    bron: 'Zaaksysteem',
    omschrijving: 'Omschrijving',
    status: 'Huidige status',
    geenStatus: 'Nog geen status',
    sinds: (datum: string) => `sinds ${datum}`,
    toelichting: 'Toelichting bij de status',
    gestart: 'Gestart op',
    gepland: 'Gepland klaar',
    uiterlijk: 'Uiterlijk klaar',
    teLaat: 'Te laat',
    teLaatUitleg: 'De afhandeltermijn is verstreken.',
    afgerond: 'Afgerond',
    afgerondOp: 'Afgerond op',
  },
  historie: {
    tonen: 'Statusgeschiedenis',
    laden: 'Statusgeschiedenis ophalen…',
    wat: 'De statusgeschiedenis',
    geen: 'Geen eerdere statussen.',
  },
  koppel: 'Koppel aan dit contact',
  koppelLabel: (zaak: string) => `Koppel aan dit contact: zaak ${zaak}`,
  gekoppeld: 'Gekoppeld aan dit contact',
  gekoppeldMelding: (zaak: string) => `Zaak ${zaak} is aan dit contact gekoppeld.`,
  geenContact: 'Dit gesprek is nog niet als contact vastgelegd; koppelen kan na het afhandelen.',
  opTijdlijn: (identificatie: string, omschrijving: string | null) =>
    `Over zaak ${identificatie}${omschrijving ? `: ${omschrijving}` : ''}`,
};

export type ZakenMessages = typeof zakenNl;

export const zakenEn: ZakenMessages = {
  titel: 'Cases',
  intro: 'Applications, reports and permits of this resident in the municipality’s case systems.',
  laden: 'Fetching cases…',
  wat: 'The resident’s cases (GET /api/partijen/:id/zaken)',
  datum: (value: string) => datumVoluit(value, 'en-GB'),
  aantal: (n: number) => (n === 0 ? 'No cases found.' : n === 1 ? '1 case found.' : `${n} cases found.`),
  geen: 'No cases found.',
  onvolledigTitel: 'This list may be incomplete',
  onvolledig: (bron: string, reden: OntbrekendReden) =>
    ({
      timeout: `${bron} does not respond (time-out).`,
      fout: `${bron} returned an error.`,
      'ongeldig-antwoord': `${bron} returned an answer Loket cannot read.`,
      uit: `${bron} is temporarily skipped after earlier failures.`,
    })[reden] ?? `${bron} cannot be reached.`,
  onvolledigAdvies: 'Tell the resident you cannot see all cases, or try again later.',
  geenBron: 'No case system is connected. Ask the administrator to configure one.',
  geenToegang: 'You see this resident’s cases in a conversation, after verifying the resident.',
  geenVerificatie: 'Verify the resident’s identity first; then you will see the cases.',
  opnieuw: 'Fetch cases again',
  zaak: {
    identificatie: 'Case number',
    bron: 'Case system',
    omschrijving: 'Description',
    status: 'Current status',
    geenStatus: 'No status yet',
    sinds: (datum: string) => `since ${datum}`,
    toelichting: 'Explanation of the status',
    gestart: 'Started on',
    gepland: 'Planned completion',
    uiterlijk: 'Completion due by',
    teLaat: 'Overdue',
    teLaatUitleg: 'The handling period has passed.',
    afgerond: 'Closed',
    afgerondOp: 'Closed on',
  },
  historie: {
    tonen: 'Status history',
    laden: 'Fetching the status history…',
    wat: 'The status history',
    geen: 'No earlier statuses.',
  },
  koppel: 'Link to this contact',
  koppelLabel: (zaak: string) => `Link to this contact: case ${zaak}`,
  gekoppeld: 'Linked to this contact',
  gekoppeldMelding: (zaak: string) => `Case ${zaak} is linked to this contact.`,
  geenContact: 'This conversation is not recorded as a contact yet; you can link after wrapping up.',
  opTijdlijn: (identificatie: string, omschrijving: string | null) =>
    `About case ${identificatie}${omschrijving ? `: ${omschrijving}` : ''}`,
};

export function useZakenT(): ZakenMessages {
  return useI18n().lang === 'en' ? zakenEn : zakenNl;
}
