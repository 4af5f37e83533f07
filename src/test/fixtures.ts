import type { NewPartijBody } from '../parties/parties.schemas.ts';

/** A person as an agent would register one; valid BSN (elfproef). */
export function persoon(overrides: Partial<NewPartijBody> = {}): NewPartijBody {
  return {
    soortPartij: 'persoon',
    voornaam: 'Marieke',
    achternaam: 'Jansen',
    geboortedatum: '1968-04-17',
    bezoekadres: { straatnaam: 'Lindelaan', huisnummer: 12, postcode: '3541 AB', stad: 'Lindendaal' },
    identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '111222333', codeRegister: 'brp' }],
    digitaleAdressen: [{ soortDigitaalAdres: 'telefoonnummer', adres: '06-12345678' }],
    ...overrides,
  };
}
