import { request } from '../api/client.ts';
import type { Antwoord } from '../api/types.ts';

/**
 * The BRP (Basisregistratie Personen) as Loket's server offers it for verification
 * (src/backoffice/). The server asks the BRP with the doelbinding the beheerder configured, logs
 * the lookup against the gesprek, and returns only what verification needs.
 */
export type BrpZoekvraag = { bsn: string } | { geslachtsnaam: string; geboortedatum: string } | { postcode: string; huisnummer: number };

export type BrpPersoon = Antwoord<'/api/brp/personen', 'post'>['personen'][number];

export const brpApi = {
  zoek: (gesprekId: string, vraag: BrpZoekvraag) =>
    request<{ personen: BrpPersoon[] }>('POST', '/api/brp/personen', { ...vraag, gesprek: gesprekId }),
  /** The caller answered as the BRP says: the gesprek is verified and its partij created or linked. */
  bevestig: (gesprekId: string, bsn: string) =>
    request<Antwoord<'/api/gesprekken/{id}/verificatie/brp', 'post'>>(
      'POST',
      `/api/gesprekken/${encodeURIComponent(gesprekId)}/verificatie/brp`,
      { bsn },
    ),
};
