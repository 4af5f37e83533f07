import { defineError } from '../../platform/errors.ts';

export const CallNotFound = defineError(
  'LOKET_TELEFOONGESPREK_ONBEKEND',
  404,
  'Dit telefoongesprek (callId) is niet bekend; het begint met een newCall.',
  'This call (callId) is unknown; a call starts with newCall.',
);
export const CtiSecretInvalid = defineError('LOKET_CTI_GEHEIM_ONGELDIG', 401, 'Onbekend telefoniesysteem.', 'Unknown telephone system.');
export const CallNotStored = defineError(
  'LOKET_TELEFOONGESPREK_NIET_VERWERKT',
  409,
  'Dit telefoongesprek is nog niet verwerkt; probeer het zo opnieuw.',
  'This call has not been processed yet; please retry shortly.',
);
