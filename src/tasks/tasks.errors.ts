import { defineError } from '../platform/errors.ts';

export const InterneTaakNotFound = defineError(
  'LOKET_INTERNE_TAAK_NOT_FOUND',
  404,
  'Interne taak niet gevonden.',
  'Interne taak not found.',
);
export const ActorNotFound = defineError(
  'LOKET_ACTOR_NOT_FOUND',
  400,
  'Een toegewezen actor bestaat niet.',
  'An assigned actor does not exist.',
);
export const AanleidingNotFound = defineError(
  'LOKET_AANLEIDING_NOT_FOUND',
  400,
  'Het aanleidinggevende klantcontact bestaat niet.',
  'The klantcontact that led to this task does not exist.',
);
