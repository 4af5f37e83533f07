import { describe, expect, it } from 'vitest';
import { foutDoel } from './beheer-formulier.tsx';

describe('where a beheer form sends focus after a refusal', () => {
  it('goes to the field to blame, by its name', () => {
    expect(foutDoel({ veld: 'groepsmailbox', tekst: 'Geen e-mailadres' }, 'afdeling-fout')).toBe('[name="groepsmailbox"]');
    expect(foutDoel({ veld: 'naam', tekst: 'Leeg' }, undefined)).toBe('[name="naam"]');
  });
  it('goes to the message when no field is to blame and the form has one to focus', () => {
    expect(foutDoel({ veld: '', tekst: 'De server weigert' }, 'norm-fout')).toBe('#norm-fout');
  });
  it('stays where it is when no field is to blame and the message is not to be focused, or when nothing was refused', () => {
    expect(foutDoel({ veld: '', tekst: 'De server weigert' }, undefined)).toBeUndefined();
    expect(foutDoel(undefined, 'norm-fout')).toBeUndefined();
  });
});
