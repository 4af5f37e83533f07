import { afterEach, expect } from 'vitest';
import { LINDELAAN_INWONER } from './lindelaan.ts';
import type { TestApp } from '../../test/test-app.ts';
import { BrpPeer, type PeerPersoon } from './brp-peer.ts';
import { demoPersonen, demoZaken } from './demo-backoffice.ts';
import type { SpecPeer } from './spec-peer.ts';
import type { PeerZaak } from './zgw-data.ts';
import { ZgwPeer } from './zgw-peer.ts';

/** Test helpers: peers holding the Lindelaan data, env pointing Loket at them, and the Lindelaan partij. */
export const BSN = LINDELAAN_INWONER.bsn;
export const SECRET_KEY = Buffer.alloc(32, 7).toString('base64');
export const NOW = '2026-11-24T10:00:00Z';

export async function startPeers(options: { zaken?: PeerZaak[]; personen?: PeerPersoon[] } = {}) {
  const zgw = new ZgwPeer({
    clientId: 'loket-test',
    secret: 'zgw-geheim-voor-tests-0123456789',
    zaken: options.zaken ?? demoZaken(new Date(NOW)),
  });
  const brp = new BrpPeer({ apiKey: 'brp-sleutel', personen: options.personen ?? demoPersonen() });
  await Promise.all([zgw.start(), brp.start()]);
  const env = {
    ZAKEN_API_URL: zgw.zakenApiUrl,
    CATALOGI_API_URL: zgw.catalogiApiUrl,
    ZGW_CLIENT_ID: 'loket-test',
    ZGW_SECRET: 'zgw-geheim-voor-tests-0123456789',
    BRP_API_URL: brp.apiUrl,
    BRP_API_KEY: 'brp-sleutel',
    LOKET_SECRET_KEY: SECRET_KEY,
  };
  return { zgw, brp, env };
}

/** Every request Loket sent was valid by the specification, and every peer answer too. */
export function expectNoViolations(...peers: SpecPeer[]): void {
  afterEach(() => {
    for (const peer of peers) expect(peer.violations).toEqual([]);
  });
}

export async function lindelaanPartij(t: TestApp, headers: Record<string, string>): Promise<string> {
  const p = LINDELAAN_INWONER;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/partijen',
    headers,
    payload: {
      soortPartij: 'persoon',
      voornaam: p.voornaam,
      voorvoegselAchternaam: p.voorvoegselAchternaam,
      achternaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: p.bsn, codeRegister: 'brp' }],
    },
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

/** A gesprek of an e-mail from an unknown sender (no partij yet). */
export async function nieuwGesprek(t: TestApp, id: string): Promise<string> {
  const { processed } = await t.app.pipeline.receive({
    kanaal: 'email',
    kanaalBerichtId: `<${id}@voorbeeld.example>`,
    afzender: { soort: 'email', adres: `${id}@voorbeeld.example` },
    draad: {},
    onderwerp: 'Mijn bladkorf',
    tekst: 'Hoe staat het met mijn aanvraag voor een bladkorf?',
  });
  return processed!.gesprekId;
}
