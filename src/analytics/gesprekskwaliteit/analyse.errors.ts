import { defineError } from '../../platform/errors.ts';

export const AnalyseNotPossible = defineError(
  'LOKET_ANALYSE_NIET_MOGELIJK',
  409,
  'Dit gesprek heeft (nog) geen transcript of chatberichten om te analyseren.',
  'This gesprek has no transcript or chat messages to analyse (yet).',
);
export const AnalyseNotFound = defineError(
  'LOKET_ANALYSE_ONBEKEND',
  404,
  'Van dit gesprek is (nog) geen analyse opgeslagen.',
  'No analysis has been stored for this gesprek (yet).',
);
export const ZinExists = defineError(
  'LOKET_ANALYSE_ZIN_BESTAAT',
  409,
  'Deze zin staat al in de lijst.',
  'This phrase is already in the list.',
);
export const ZinNotFound = defineError(
  'LOKET_ANALYSE_ZIN_ONBEKEND',
  404,
  'Deze zin staat niet in de lijst.',
  'This phrase is not in the list.',
);
