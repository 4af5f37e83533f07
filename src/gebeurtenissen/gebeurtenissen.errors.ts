import { defineError } from '../platform/errors.ts';

export const CallbackAuthInvalid = defineError(
  'LOKET_NOTIFICATIES_AUTH_INVALID',
  403,
  'Deze notificatie is niet geautoriseerd.',
  'This notification is not authorised.',
);
export const CloudEventInvalid = defineError(
  'LOKET_CLOUDEVENT_INVALID',
  400,
  'Dit is geen geldige CloudEvent.',
  'This is not a valid CloudEvent.',
);
export const RegelNotFound = defineError('LOKET_REGEL_NOT_FOUND', 404, 'Regel niet gevonden.', 'Rule not found.');
export const AttenderingNotFound = defineError(
  'LOKET_ATTENDERING_NOT_FOUND',
  404,
  'Deze aanmelding bestaat niet (meer).',
  'This opt-in does not exist (any more).',
);

export const TeVeelGebeurtenissen = defineError(
  'LOKET_TE_VEEL_GEBEURTENISSEN',
  429,
  'Te veel gebeurtenissen van deze bron; stuur dit event opnieuw na Retry-After seconden (het is niet opgeslagen).',
  'Too many events from this source; send this event again after Retry-After seconds (it was not stored).',
);
