import type { TranscriptSegment } from '../analytics/transcripts/types.ts';
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

export const seg = (speaker: TranscriptSegment['speaker'], start: number, end: number, text: string): TranscriptSegment => ({
  speaker,
  start,
  end,
  text,
});

/** A call in which the agent tells a case status before the caller gave any details, followed by a 6-second silence; the caller says "klacht indienen". */
export const callMetOvertreding: TranscriptSegment[] = [
  seg('agent', 0, 2, 'Gemeente Lindendaal, met Anna.'),
  seg('klant', 2.5, 5, 'Mijn bladkorf is niet geleegd, ik wil een klacht indienen.'),
  seg('agent', 5.5, 7, 'Ik zie dat uw aanvraag vorige week is goedgekeurd.'),
  seg('klant', 13, 15, 'Dat klopt niet.'),
  seg('agent', 15.5, 17, 'Ik kijk het na.'),
];
