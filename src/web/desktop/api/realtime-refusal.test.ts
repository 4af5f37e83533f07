import { describe, expect, it } from 'vitest';
import { nl } from '../i18n/nl.ts';
import { refusal } from './realtime.tsx';

describe('a refused live connection is told, not retried in a flicker', () => {
  it('names the refusal from the close code and reason, and leaves a dropped connection to reconnect', () => {
    expect(refusal(4403, 'LOKET_HERKOMST_GEWEIGERD')).toBe('geweigerd-herkomst');
    expect(refusal(4401, 'LOKET_NOT_AUTHENTICATED')).toBe('geweigerd-sessie');
    expect(refusal(4403, 'LOKET_FORBIDDEN')).toBe('geweigerd');
    expect(refusal(1006, '')).toBeUndefined();
    expect(nl.app.verbinding['geweigerd-herkomst']).toMatch(/^Verbinding geweigerd: /);
  });
});
