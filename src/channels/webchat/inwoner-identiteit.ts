import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { WidgetIdentiteitConfig } from '../../config-identiteit.ts';
import type { Db } from '../../db/transaction.ts';
import { createPartij, partijIdByIdentificator } from '../../parties/parties.service.ts';
import { defineError } from '../../platform/errors.ts';
import { isValidBsn } from '../../platform/nl/bsn.ts';
import { systemContext } from '../../platform/system-context.ts';

export const IdentiteitOngeldig = defineError(
  'LOKET_CHAT_IDENTITEIT_ONGELDIG',
  401,
  'Uw inlog kon niet worden gecontroleerd. Log opnieuw in op de website, of chat zonder in te loggen.',
  'Your login could not be checked. Log in again on the website, or chat without logging in.',
);
export const IdentiteitNietIngesteld = defineError(
  'LOKET_CHAT_IDENTITEIT_NIET_INGESTELD',
  400,
  'Deze chat kan geen inlog van de website aannemen.',
  'This chat cannot accept a login from the website.',
);

/** What Loket records of an inwoner the website's ID token names. */
export interface Inwoner {
  partijId: string;
  methode: string;
  /** The token's expiry: until then the chat counts as identified. */
  geldigTot: Date;
}

// An ID token names a person for a short while; one that claims to hold for days is refused.
const MAX_GELDIG_MS = 12 * 3600_000;

/**
 * Checks the ID token a municipality's website hands the chat widget after the inwoner logged in
 * (DigiD through an OIDC broker, or the website's own login): signature (the issuer's JWKS or a
 * shared HS256 secret), issuer, audience and expiry by Loket's clock, and a valid BSN in the
 * configured claim. The partij with that BSN is found, or registered as a person the first time.
 */
export class InwonerIdentiteit {
  readonly #key: JWTVerifyGetKey | Uint8Array;

  constructor(private readonly config: WidgetIdentiteitConfig) {
    this.#key = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : new TextEncoder().encode(config.secret);
  }

  async controleer(token: string, now: Date): Promise<{ bsn: string; payload: JWTPayload; geldigTot: Date }> {
    let payload: JWTPayload;
    try {
      const options = {
        issuer: this.config.issuer,
        audience: this.config.audience,
        currentDate: now,
        requiredClaims: ['exp'],
        algorithms: this.config.jwksUrl ? ['RS256', 'PS256', 'ES256', 'EdDSA'] : ['HS256'],
      };
      payload =
        this.#key instanceof Uint8Array
          ? (await jwtVerify(token, this.#key, options)).payload
          : (await jwtVerify(token, this.#key, options)).payload;
    } catch (error) {
      if (error instanceof errors.JOSEError) throw IdentiteitOngeldig();
      throw error;
    }
    const bsn = payload[this.config.bsnClaim];
    const geldigTot = new Date((payload.exp as number) * 1000);
    if (typeof bsn !== 'string' || !isValidBsn(bsn) || geldigTot.getTime() - now.getTime() > MAX_GELDIG_MS) throw IdentiteitOngeldig();
    return { bsn, payload, geldigTot };
  }

  async inwoner(db: Db, token: string, now: Date): Promise<Inwoner> {
    const { bsn, payload, geldigTot } = await this.controleer(token, now);
    const bestaand = await partijIdByIdentificator(db, 'bsn', bsn);
    const naam = (claim: string) => (typeof payload[claim] === 'string' ? (payload[claim] as string).slice(0, 200) : undefined);
    const partijId =
      bestaand ??
      (
        await createPartij(db, systemContext('Inwoner ingelogd in de chat van de website'), {
          soortPartij: 'persoon',
          ...(naam('given_name') ? { voornaam: naam('given_name') } : {}),
          ...(naam('family_name') ? { achternaam: naam('family_name') } : {}),
          identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: bsn, codeRegister: 'brp' }],
        })
      ).id;
    return { partijId, methode: `inlog website (${this.config.issuer})`.slice(0, 200), geldigTot };
  }
}
