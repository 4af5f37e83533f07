import { defineError } from '../platform/errors.ts';

export const PartijNotFound = defineError('LOKET_PARTIJ_NOT_FOUND', 404, 'Partij niet gevonden.', 'Partij not found.');
export const IdentificatorTaken = defineError(
  'LOKET_IDENTIFICATOR_TAKEN',
  409,
  'Deze identificator hoort al bij een andere partij.',
  'This identifier already belongs to another partij.',
);
export const SearchCriteriaMissing = defineError(
  'LOKET_PARTIJ_SEARCH_CRITERIA_MISSING',
  400,
  'Geef minstens één zoekcriterium: naam, bsn, email, telefoonnummer of postcode.',
  'Give at least one search criterion: naam, bsn, email, telefoonnummer or postcode.',
);
export const CannotMergeIntoSelf = defineError(
  'LOKET_PARTIJ_MERGE_SELF',
  400,
  'Een partij kan niet met zichzelf worden samengevoegd.',
  'A partij cannot be merged with itself.',
);
