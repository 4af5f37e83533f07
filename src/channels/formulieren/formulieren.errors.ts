import { defineError } from '../../platform/errors.ts';

export const FormulierNotFound = defineError(
  'LOKET_FORMULIER_NOT_FOUND',
  404,
  'Dit formulier bestaat niet (meer).',
  'This form does not exist.',
);
export const FormulierExists = defineError(
  'LOKET_FORMULIER_BESTAAT_AL',
  409,
  'Er bestaat al een formulier met deze id.',
  'A form with this id already exists.',
);
export const DefinitieOngeldig = defineError(
  'LOKET_FORMULIER_DEFINITIE_ONGELDIG',
  400,
  'De definitie van het formulier is geen bruikbaar JSON Schema.',
  'The form definition is not a usable JSON Schema.',
);
export const InzendingOngeldig = defineError(
  'LOKET_VALIDATION_FAILED',
  400,
  'Niet alle velden zijn goed ingevuld.',
  'Not all fields are filled in correctly.',
);
