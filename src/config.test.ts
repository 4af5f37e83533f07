import { describe, expect, it } from 'vitest';
import { ConfigError, ENQUETE_KANALEN, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('starts with zero configuration on embedded PostgreSQL at port 8080', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'achtduizend' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'loket' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ LOKET_ADMIN_PASSWORD: 'kort' })).toThrow(/LOKET_ADMIN_PASSWORD/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example' })).toThrow(ConfigError);
  });

  it('reads OIDC settings', () => {
    const config = loadConfig({ OIDC_ISSUER: 'https://id.example', OIDC_CLIENT_ID: 'loket', OIDC_CLIENT_SECRET: 's' });
    expect(config.oidc).toMatchObject({ issuer: 'https://id.example', clientId: 'loket', allowHttp: false });
  });

  it('reads working time: closing days and the optional holidays', () => {
    const config = loadConfig({ WERKTIJD_SLUITINGSDAGEN: '2026-12-24, 2026-12-31', WERKTIJD_BEVRIJDINGSDAG: 'lustrum' });
    expect(config.werktijd).toEqual({
      feestdagen: { goedeVrijdag: false, bevrijdingsdag: 'lustrum' },
      sluitingsdagen: ['2026-12-24', '2026-12-31'],
    });
    expect(() => loadConfig({ WERKTIJD_SLUITINGSDAGEN: '2026-02-30' })).toThrow(/WERKTIJD_SLUITINGSDAGEN/);
  });

  it('offers the survey on the channels the catalogue marks, and refuses others', () => {
    expect(ENQUETE_KANALEN).toEqual(['email', 'webchat', 'whatsapp']);
    expect(loadConfig({ ENQUETE_KANALEN: 'whatsapp,webchat,whatsapp' }).xla).toEqual({ kanalen: ['whatsapp', 'webchat'], geldigDagen: 7 });
    expect(loadConfig({}).xla.kanalen).toEqual([]);
    expect(() => loadConfig({ ENQUETE_KANALEN: 'webchat,telefoon' })).toThrow(/ENQUETE_KANALEN.*telefoon/);
  });
});
