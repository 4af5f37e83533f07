import { request } from '../api/client.ts';

/**
 * The BRP (Basisregistratie Personen) as Loket's server offers it for verification
 * (src/backoffice/). The server asks the BRP with the doelbinding the beheerder configured, logs
 * the lookup against the gesprek, and returns only what verification needs.
 */
export type BrpZoekvraag = { bsn: string } | { geslachtsnaam: string; geboortedatum: string } | { postcode: string; huisnummer: number };

export interface BrpPersoon {
  burgerservicenummer: string;
  naam: { voornamen: string | null; voorvoegsel: string | null; geslachtsnaam: string | null; volledigeNaam: string | null };
  geboortedatum: string | null;
  adres: { straat: string | null; huisnummer: number | null; huisletter: string | null; huisnummertoevoeging: string | null; postcode: string | null; woonplaats: string | null } | null;
  /** Geheimhouding persoonsgegevens: the citizen asked that the municipality not pass their data on. */
  geheimhouding: boolean;
}

export const brpApi = {
  zoek: (gesprekId: string, vraag: BrpZoekvraag) => request<{ personen: BrpPersoon[] }>('POST', '/api/brp/personen', { ...vraag, gesprek: gesprekId }),
  /** The caller answered as the BRP says: the gesprek is verified and its partij created or linked. */
  bevestig: (gesprekId: string, bsn: string) => request<{ geverifieerd: true; partijId: string; nieuwePartij: boolean }>('POST', `/api/gesprekken/${encodeURIComponent(gesprekId)}/verificatie/brp`, { bsn }),
};
