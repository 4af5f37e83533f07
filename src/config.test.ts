import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
});
