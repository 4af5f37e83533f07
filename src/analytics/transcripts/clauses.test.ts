import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';

describe('splitClauses', () => {
  it('splits sentences and joined clauses, but not other commas', () => {
    expect(
      splitClauses('Ik zie het. Uw aanvraag is binnen, dus u hoeft niets te doen. Als het kan, bel ik terug!').map((c) => c.text),
    ).toEqual(['Ik zie het.', 'Uw aanvraag is binnen', 'dus u hoeft niets te doen.', 'Als het kan, bel ik terug!']);
  });
  it('treats an ellipsis as hesitation, not as the end of a sentence', () => {
    expect(splitClauses('Even kijken... ja, ik heb hem.').map((c) => c.text)).toEqual(['Even kijken, ja, ik heb hem.']);
  });
});
