import { defineError } from '../platform/errors.ts';

export const KlantcontactNotFound = defineError(
  'LOKET_KLANTCONTACT_NOT_FOUND',
  404,
  'Klantcontact niet gevonden.',
  'Klantcontact not found.',
);
export const VerzoekNotFound = defineError('LOKET_VERZOEK_NOT_FOUND', 404, 'Verzoek niet gevonden.', 'Verzoek not found.');
export const BetrokkenPartijNotFound = defineError(
  'LOKET_BETROKKEN_PARTIJ_NOT_FOUND',
  400,
  'Een betrokkene verwijst naar een partij die niet bestaat.',
  'A betrokkene refers to a partij that does not exist.',
);
