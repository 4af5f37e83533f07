import { defineError } from '../platform/errors.ts';

export const AfdelingNietGevonden = defineError('LOKET_AFDELING_NIET_GEVONDEN', 404, 'Deze afdeling bestaat niet.', 'No such afdeling.');
export const AfdelingBestaat = defineError(
  'LOKET_AFDELING_BESTAAT',
  409,
  'Er is al een afdeling met deze naam.',
  'An afdeling with this name already exists.',
);
