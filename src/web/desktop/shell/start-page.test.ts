import { describe, expect, it } from 'vitest';
import { heeftInbox, startPagina } from './start-page.ts';

describe('startPagina', () => {
  it('sends every role to a page it may use', () => {
    expect(startPagina(['kcc'])).toBe('#/inbox');
    expect(startPagina(['teamleider'])).toBe('#/inbox');
    expect(startPagina(['backoffice'])).toBe('#/werklijst');
    expect(startPagina(['redacteur'])).toBe('#/kennisbank');
    expect(startPagina(['beheerder'])).toBe('#/beheer');
    expect(startPagina(['beheerder', 'kcc'])).toBe('#/inbox');
  });

  it('shows the inbox only to roles that read klantcontacten', () => {
    expect(heeftInbox(['backoffice'])).toBe(true);
    expect(heeftInbox(['redacteur'])).toBe(false);
    expect(heeftInbox(['beheerder'])).toBe(false);
  });
});
