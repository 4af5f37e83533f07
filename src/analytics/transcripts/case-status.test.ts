import { describe, expect, it } from 'vitest';
import { statesCaseStatus } from './case-status.ts';
import { splitClauses } from './clauses.ts';

const anyClause = (text: string) => splitClauses(text).some(statesCaseStatus);

describe('statesCaseStatus', () => {
  it('recognises what the agent reads from the records', () => {
    expect(anyClause('Ik zie dat uw huurtoeslagaanvraag vorige week is doorgestuurd.')).toBe(true);
    expect(anyClause('Volgens het systeem is de melding al opgelost.')).toBe(true);
    expect(anyClause('In het dossier staat dat u een afspraak hebt gemist.')).toBe(true);
  });
  it('recognises a case item with a state or a concrete date', () => {
    expect(anyClause('Uw bezwaarschrift is in behandeling genomen.')).toBe(true);
    expect(anyClause('Uw parkeervergunning is verlopen.')).toBe(true);
    expect(anyClause('De vergunning is op drie juni verleend.')).toBe(true);
    expect(anyClause('De taxateur komt woensdag om negen uur.')).toBe(true);
    expect(anyClause('Die brief is gisteren verstuurd.')).toBe(true);
  });
  it('does not count general procedure, own actions, look-ups or questions', () => {
    expect(anyClause('Als uw aanvraag is goedgekeurd, krijgt u bericht.')).toBe(false);
    expect(anyClause('Meestal wordt een bezwaar binnen twaalf weken afgehandeld.')).toBe(false);
    expect(anyClause('Ik zet het verzoek door naar de afdeling.')).toBe(false);
    expect(anyClause('Ik kijk even in het systeem.')).toBe(false);
    expect(anyClause('Ja, ik zie hem.')).toBe(false);
    expect(anyClause('Heeft u de brief ontvangen?')).toBe(false);
    expect(anyClause('Dat kan ik niet zien, dat staat pas in het besluit.')).toBe(false);
  });
});
