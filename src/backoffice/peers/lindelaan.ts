/**
 * The inwoner of the Lindelaan story. Her BSN is a valid test number (it passes the 11-proof and
 * is in no real register) and stays the same on every install, so a demo back office (BRP, Zaken)
 * can show the same person and her zaak "Bladkorf aanvragen". She lives here, with the demo peers
 * that hold her, and the demo seed (setup/demo/lindelaan.ts) tells her story in Loket from it.
 */
export const LINDELAAN_INWONER = {
  bsn: '999993653',
  voorletters: 'F.',
  voornaam: 'Fenna',
  voorvoegselAchternaam: 'de',
  achternaam: 'Wit',
  volledigeNaam: 'Fenna de Wit',
  geboortedatum: '1971-03-09',
  adres: { straatnaam: 'Lindelaan', huisnummer: 14, postcode: '3541 AK', stad: 'Lindendaal', land: 'NL' },
  telefoonnummer: '0612345678',
  email: 'fenna.dewit@voorbeeld.example',
} as const;

/** What she asked for: the verzoek's subject here, the zaak's in the back office. */
export const LINDELAAN_VERZOEK = 'Bladkorf aanvragen';
