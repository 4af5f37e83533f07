import { defineError } from '../platform/errors.ts';

export const NotAnAgent = defineError(
  'LOKET_ALLEEN_MEDEWERKERS',
  403,
  'Alleen ingelogde medewerkers hebben een inbox.',
  'Only logged-in medewerkers have an inbox.',
);
