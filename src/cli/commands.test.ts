import { describe, expect, it } from 'vitest';
import { commands, importers } from './commands.ts';

describe('the CLI registry', () => {
  it('holds the domains’ commands and importers, each with its usage line', () => {
    expect(Object.keys(commands)).toEqual(
      expect.arrayContaining(['bot retrain', 'analytics retrain', 'bewaartermijnen toepassen', 'migrate', 'medewerker add']),
    );
    expect(Object.keys(importers)).toEqual(['kennisbank', 'upl', 'wijken', 'straten', 'klantcontacten']);
    for (const [name, command] of Object.entries(commands)) expect(command.usage, name).toMatch(new RegExp(`^${name}\\b`));
    for (const command of Object.values(importers)) expect(typeof command.run).toBe('function');
  });
});
