import { useI18n } from '../i18n/i18n.tsx';

/** The coordinator section's strings. English must have every Dutch key (checked by the type). */
export const coordinatieNl = {
  titel: 'Coördinatie per afdeling',
  wat: 'De coördinatie (GET /api/interne-taken/coordinatie)',
  afdeling: 'Afdeling',
  zonderAfdeling: 'Teams zonder afdeling',
  open: 'Open',
  teLaat: 'Te laat',
  verstreken: 'Gem. verstreken werkdagen',
  termijn: 'Gem. termijn (werkdagen)',
  geen: 'Er zijn geen open taken.',
  herverdelen: 'Taken herverdelen',
  kiesTaken: 'Welke taken?',
  naar: 'Naar collega of team',
  kies: 'Kies…',
  teams: 'Teams',
  collegas: 'Collega’s',
  versturen: 'Herverdelen',
  nietsGekozen: 'Kies ten minste één taak en een collega of team.',
  resultaat: (gelukt: number, mislukt: number) =>
    `${gelukt} ${gelukt === 1 ? 'taak' : 'taken'} herverdeeld${mislukt ? `, ${mislukt} niet` : ''}.`,
  mislukt: (taak: string, code: string) => `Niet herverdeeld: ${taak} (${code})`,
};
export type CoordinatieMessages = typeof coordinatieNl;

export const coordinatieEn: CoordinatieMessages = {
  titel: 'Coordination per department',
  wat: 'The coordination (GET /api/interne-taken/coordinatie)',
  afdeling: 'Department',
  zonderAfdeling: 'Teams without a department',
  open: 'Open',
  teLaat: 'Late',
  verstreken: 'Mean working days gone',
  termijn: 'Mean term (working days)',
  geen: 'There are no open tasks.',
  herverdelen: 'Reassign tasks',
  kiesTaken: 'Which tasks?',
  naar: 'To colleague or team',
  kies: 'Choose…',
  teams: 'Teams',
  collegas: 'Colleagues',
  versturen: 'Reassign',
  nietsGekozen: 'Choose at least one task and a colleague or team.',
  resultaat: (gelukt: number, mislukt: number) =>
    `${gelukt} ${gelukt === 1 ? 'task' : 'tasks'} reassigned${mislukt ? `, ${mislukt} not` : ''}.`,
  mislukt: (taak: string, code: string) => `Not reassigned: ${taak} (${code})`,
};

export function useCoordinatieT(): CoordinatieMessages {
  return useI18n().lang === 'en' ? coordinatieEn : coordinatieNl;
}
