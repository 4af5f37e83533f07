import { describe, expect, it } from 'vitest';
import { beginwaarden, eersteFout, nieuweMedewerker, wijziging } from './medewerkers-logic.ts';

describe('medewerker form', () => {
  const leeg = beginwaarden(null);

  it('points at the first wrong field in form order', () => {
    expect(eersteFout(leeg, true)).toBe('gebruikersnaam');
    expect(eersteFout({ ...leeg, gebruikersnaam: 'jan de vries' }, true)).toBe('gebruikersnaam');
    expect(eersteFout({ ...leeg, gebruikersnaam: 'jdevries' }, true)).toBe('naam');
    const jan = { ...leeg, gebruikersnaam: 'jdevries', naam: 'Jan de Vries' };
    expect(eersteFout({ ...jan, email: 'jan@' }, true)).toBe('email');
    expect(eersteFout({ ...jan, wachtwoord: 'kort' }, true)).toBe('wachtwoord');
    expect(eersteFout({ ...jan, rollen: [] }, true)).toBe('rollen');
    expect(eersteFout(jan, true)).toBeUndefined();
    // The username is only asked when adding someone; a new password is checked on editing too.
    expect(eersteFout({ ...jan, gebruikersnaam: '' }, false)).toBeUndefined();
    expect(eersteFout({ ...jan, gebruikersnaam: '', wachtwoord: 'kort' }, false)).toBe('wachtwoord');
  });

  it('sends what the API takes: no empty e-mail or password, roles in a fixed order', () => {
    const w = { ...leeg, gebruikersnaam: ' jdevries ', naam: ' Jan ', rollen: ['beheerder', 'kcc'], teams: ['KCC'] };
    expect(nieuweMedewerker(w)).toEqual({ gebruikersnaam: 'jdevries', naam: 'Jan', rollen: ['kcc', 'beheerder'], teams: ['KCC'] });
    expect(wijziging({ ...w, actief: false })).toEqual({
      naam: 'Jan',
      email: null,
      rollen: ['kcc', 'beheerder'],
      teams: ['KCC'],
      actief: false,
    });
    expect(wijziging({ ...w, wachtwoord: 'een-nieuw-lang-wachtwoord' })).toMatchObject({ wachtwoord: 'een-nieuw-lang-wachtwoord' });
  });
});
