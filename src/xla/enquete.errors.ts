import { defineError } from '../platform/errors.ts';

/**
 * One answer for an unknown, used or expired survey token, so a guess learns nothing about
 * which gesprekken exist or were answered.
 */
export const EnqueteNietBeschikbaar = defineError(
  'LOKET_ENQUETE_NIET_BESCHIKBAAR',
  404,
  'Deze enquête is niet (meer) beschikbaar: de link is onbekend, al gebruikt of verlopen.',
  'This survey is not available (any more): the link is unknown, already used or expired.',
);
