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
  it('recognises a decision in any domain, and compound case words', () => {
    expect(anyClause('De woningaanpassing is toegekend, de aannemer belt u.')).toBe(true);
    expect(anyClause('Er is een maatregel opgelegd van een maand.')).toBe(true);
    expect(anyClause('Uw aanvraag is akkoord.')).toBe(true);
    expect(anyClause('Uw kenteken staat op de wachtlijst.')).toBe(true);
  });
  it('recognises a passive main clause about the caller’s case', () => {
    expect(anyClause('Uw bijstandsuitkering is met terugwerkende kracht herzien.')).toBe(true);
    expect(anyClause('De rolstoel wordt donderdag geleverd.')).toBe(true);
    expect(anyClause('De hondenbelasting van uw aanslag staat nog open.')).toBe(true);
    expect(anyClause('Dan is dat bij de aanvraag al gemeld, als het goed is.')).toBe(false);
    expect(anyClause('Het loket is op vrijdag open tot vier uur.')).toBe(false);
  });
  it('does not count advice, pointers to where something is written, or what happens every year', () => {
    expect(anyClause('Het beste is dat u de brief van maart meestuurt.')).toBe(false);
    expect(anyClause('Wat er besproken is, staat in het verslag.')).toBe(false);
    expect(anyClause('Een WOZ-beschikking krijgt u elk jaar in februari.')).toBe(false);
  });
});
