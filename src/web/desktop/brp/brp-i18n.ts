import { useI18n } from '../i18n/i18n.tsx';
import type { ZoekFout, ZoekMethode } from './brp-logic.ts';

/** The BRP verification's own strings. English must have every Dutch key and parameter (checked by the type). */
export const brpNl = {
  titel: 'Controleren in de BRP',
  waarschuwing:
    'BRP-gegevens zijn alleen voor het controleren van de identiteit van de inwoner. Lees ze niet voor, noteer ze niet en gebruik ze niet voor iets anders. Elke zoekvraag wordt vastgelegd.',
  werkwijze: 'Vraag de inwoner naar de gegevens en vergelijk de antwoorden met de BRP. Noem zelf geen gegevens.',
  methode: 'Zoeken op',
  methoden: { bsn: 'BSN', naam: 'Achternaam en geboortedatum', adres: 'Postcode en huisnummer' } satisfies Record<ZoekMethode, string>,
  bsn: 'Burgerservicenummer (BSN)',
  bsnHulp: '9 cijfers',
  geslachtsnaam: 'Achternaam (geslachtsnaam)',
  geboortedatum: 'Geboortedatum',
  postcode: 'Postcode',
  postcodeHulp: 'Bijvoorbeeld 1234 AB',
  huisnummer: 'Huisnummer',
  zoek: 'Zoeken in de BRP',
  fouten: {
    bsnLeeg: 'Vul het BSN in.',
    bsnOngeldig: 'Dit is geen geldig BSN: controleer de cijfers (elfproef).',
    naamLeeg: 'Vul de achternaam in.',
    geboortedatumOngeldig: 'Vul een bestaande geboortedatum in.',
    postcodeOngeldig: 'Vul een postcode in zoals 1234 AB.',
    huisnummerOngeldig: 'Vul een huisnummer in (alleen cijfers).',
  } satisfies Record<ZoekFout, string>,
  aantal: (n: number) =>
    n === 0 ? 'Niemand gevonden in de BRP.' : n === 1 ? '1 persoon gevonden in de BRP.' : `${n} personen gevonden in de BRP.`,
  resultaten: 'Gevonden in de BRP',
  naam: 'Naam',
  adres: 'Woonadres',
  bsnKort: 'BSN',
  onbekend: 'Onbekend',
  afgeschermd: 'Niet getoond (geheimhouding)',
  geheimhouding: 'Geheimhouding',
  geheimhoudingUitleg:
    'Deze inwoner heeft geheimhouding van persoonsgegevens. Geef geen gegevens door aan anderen en bevestig niet aan een derde dat deze persoon hier woont.',
  bevestig: 'Antwoorden kloppen: inwoner geverifieerd',
  bevestigLabel: (naam: string) => `Antwoorden kloppen: inwoner geverifieerd (${naam})`,
  bevestigd: 'De inwoner is geverifieerd met de BRP.',
  bevestigdNieuw: 'De inwoner is geverifieerd met de BRP en als nieuwe inwoner in Loket vastgelegd.',
  nietIngesteld:
    'Controleren in de BRP kan niet: er is geen BRP-bron ingesteld. Controleer de identiteit met vragen, of vraag de beheerder een BRP-bron in te stellen.',
  nietBeschikbaar: 'Controleren in de BRP is op deze server nog niet beschikbaar. Controleer de identiteit met vragen.',
  onbereikbaar: 'De BRP reageert nu niet. Probeer het zo opnieuw, of controleer de identiteit met vragen.',
  nietGevondenBevestigen: 'Deze persoon is niet (meer) in de BRP gevonden. Zoek opnieuw.',
};

export type BrpMessages = typeof brpNl;

export const brpEn: BrpMessages = {
  titel: 'Check in the BRP',
  waarschuwing:
    'BRP data is only for checking the resident’s identity. Do not read it out, do not write it down and do not use it for anything else. Every search is logged.',
  werkwijze: 'Ask the resident for their details and compare the answers with the BRP. Do not mention any details yourself.',
  methode: 'Search by',
  methoden: { bsn: 'BSN', naam: 'Surname and date of birth', adres: 'Postcode and house number' },
  bsn: 'Citizen service number (BSN)',
  bsnHulp: '9 digits',
  geslachtsnaam: 'Surname',
  geboortedatum: 'Date of birth',
  postcode: 'Postcode',
  postcodeHulp: 'For example 1234 AB',
  huisnummer: 'House number',
  zoek: 'Search the BRP',
  fouten: {
    bsnLeeg: 'Enter the BSN.',
    bsnOngeldig: 'This is not a valid BSN: check the digits (eleven test).',
    naamLeeg: 'Enter the surname.',
    geboortedatumOngeldig: 'Enter an existing date of birth.',
    postcodeOngeldig: 'Enter a postcode such as 1234 AB.',
    huisnummerOngeldig: 'Enter a house number (digits only).',
  },
  aantal: (n: number) => (n === 0 ? 'Nobody found in the BRP.' : n === 1 ? '1 person found in the BRP.' : `${n} people found in the BRP.`),
  resultaten: 'Found in the BRP',
  naam: 'Name',
  adres: 'Home address',
  bsnKort: 'BSN',
  onbekend: 'Unknown',
  afgeschermd: 'Not shown (confidential)',
  geheimhouding: 'Confidential',
  geheimhoudingUitleg:
    'This resident has asked for their personal data to be kept confidential. Do not pass on any details and do not confirm to a third party that this person lives here.',
  bevestig: 'Answers match: resident verified',
  bevestigLabel: (naam: string) => `Answers match: resident verified (${naam})`,
  bevestigd: 'The resident has been verified with the BRP.',
  bevestigdNieuw: 'The resident has been verified with the BRP and registered in Loket as a new resident.',
  nietIngesteld:
    'Checking in the BRP is not possible: no BRP source is configured. Check the identity by asking questions, or ask the administrator to configure a BRP source.',
  nietBeschikbaar: 'Checking in the BRP is not available on this server yet. Check the identity by asking questions.',
  onbereikbaar: 'The BRP does not respond right now. Try again shortly, or check the identity by asking questions.',
  nietGevondenBevestigen: 'This person was not found in the BRP (any more). Search again.',
};

export function useBrpT(): BrpMessages {
  return useI18n().lang === 'en' ? brpEn : brpNl;
}
