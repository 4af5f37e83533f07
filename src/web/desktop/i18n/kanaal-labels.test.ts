import { describe, expect, it } from 'vitest';
import { KANAAL_CODES } from '../../../contract/kanalen.ts';
import { KANALEN } from '../inbox/inbox-filters.tsx';
import { en } from './en.ts';
import { nl } from './nl.ts';

describe('channel labels', () => {
  it('name every channel of the catalogue in Dutch and English', () => {
    for (const code of KANAAL_CODES) {
      expect(nl.kanaal[code], `nl ${code}`).toMatch(/\S/);
      expect((en.kanaal as Record<string, string>)[code], `en ${code}`).toMatch(/\S/);
    }
  });

  it('offer Messenger and Instagram in the inbox filter, but not the channels without gesprekken', () => {
    expect(KANALEN).toEqual(expect.arrayContaining(['messenger', 'instagram', 'whatsapp', 'telefoon']));
    expect(KANALEN).not.toContain('brief');
    expect(KANALEN).not.toContain('gebeurtenis');
  });
});
