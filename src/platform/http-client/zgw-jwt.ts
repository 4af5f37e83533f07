import { createHmac } from 'node:crypto';
import { signaturesMatch } from '../crypto/secret-box.ts';

/**
 * The JWT the ZGW APIs (Open Zaak) expect: HS256 with the client's secret, claims iss and
 * client_id (the client id), iat, and who acts (user_id, user_representation) for their audit
 * trail. Small enough to write here rather than add a dependency.
 */
export interface ZgwClaims {
  iss: string;
  client_id: string;
  iat: number;
  user_id: string;
  user_representation: string;
}

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signZgwJwt(
  clientId: string,
  secret: string,
  user: { id: string; naam: string },
  nowSeconds = Math.floor(Date.now() / 1000),
): string {
  const claims: ZgwClaims = { iss: clientId, client_id: clientId, iat: nowSeconds, user_id: user.id, user_representation: user.naam };
  const unsigned = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64(JSON.stringify(claims))}`;
  return `${unsigned}.${b64(createHmac('sha256', secret).update(unsigned).digest())}`;
}

/** Checks an HS256 token against a secret (the test peers do this); returns its claims or undefined. */
export function verifyZgwJwt(token: string, secret: string): ZgwClaims | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  if (!signaturesMatch(Buffer.from(signature, 'base64url'), expected)) return undefined;
  try {
    const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
    if (head.alg !== 'HS256') return undefined;
    return JSON.parse(Buffer.from(payload, 'base64url').toString()) as ZgwClaims;
  } catch {
    return undefined;
  }
}
