import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InwonerIdentiteit } from './inwoner-identiteit.ts';

const ISSUER = 'https://digid-makelaar.lindendaal.example';
const NU = new Date('2026-11-24T10:00:00Z');
const BSN = '999993653';

/** A local issuer publishing its key as JWKS, as an OIDC broker for DigiD does. */
describe('the inwoner ID token checked against the issuer’s JWKS', () => {
  let server: Server;
  let sleutel: CryptoKey;
  let anderSleutel: CryptoKey;
  let identiteit: InwonerIdentiteit;

  beforeAll(async () => {
    const paar = await generateKeyPair('RS256');
    sleutel = paar.privateKey;
    anderSleutel = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(paar.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    identiteit = new InwonerIdentiteit({
      issuer: ISSUER,
      audience: 'loket',
      bsnClaim: 'urn:nl:bsn',
      jwksUrl: `http://127.0.0.1:${port}/jwks`,
      secret: undefined,
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const token = (key: CryptoKey, claims: Record<string, unknown> = {}, opties: { iss?: string; exp?: number } = {}) =>
    new SignJWT({ 'urn:nl:bsn': BSN, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(opties.iss ?? ISSUER)
      .setAudience('loket')
      .setExpirationTime(Math.floor(NU.getTime() / 1000) + (opties.exp ?? 900))
      .sign(key);

  it('accepts a token signed by the issuer, by Loket’s clock, and reads the BSN from the configured claim', async () => {
    const { bsn, geldigTot } = await identiteit.controleer(await token(sleutel), NU);
    expect(bsn).toBe(BSN);
    expect(geldigTot.toISOString()).toBe('2026-11-24T10:15:00.000Z');
  });

  it('refuses another key, another issuer, an expired token, one that claims to hold for days, and HS256 with the public key', async () => {
    const geweigerd = [
      await token(anderSleutel),
      await token(sleutel, {}, { iss: 'https://elders.example' }),
      await token(sleutel, {}, { exp: -1 }),
      await token(sleutel, {}, { exp: 3 * 24 * 3600 }),
      await token(sleutel, { 'urn:nl:bsn': '12345678' }),
      await new SignJWT({ 'urn:nl:bsn': BSN })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience('loket')
        .setExpirationTime(Math.floor(NU.getTime() / 1000) + 900)
        .sign(new TextEncoder().encode('een-geheim-dat-niemand-heeft-ingesteld')),
    ];
    for (const t of geweigerd) await expect(identiteit.controleer(t, NU)).rejects.toMatchObject({ code: 'LOKET_CHAT_IDENTITEIT_ONGELDIG' });
  });
});
