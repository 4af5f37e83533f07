import { describe, expect, it } from 'vitest';
import { hasPermission, ROLES } from '../../../platform/roles.ts';
import { magSamenvoegen } from './mag-samenvoegen.ts';

describe('magSamenvoegen', () => {
  it.each(ROLES)('matches the server for %s', (rol) => {
    expect(magSamenvoegen([rol])).toBe(hasPermission([rol], 'partij:samenvoegen'));
  });

  it('is false without roles', () => {
    expect(magSamenvoegen([])).toBe(false);
  });
});
