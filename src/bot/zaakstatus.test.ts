import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINDELAAN_TOELICHTING } from '../backoffice/peers/demo-backoffice.ts';
import { BSN, expectNoViolations, NOW, startPeers } from '../backoffice/peers/test-backoffice.ts';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { addDigitaalAdres, updatePartij } from '../parties/parties.service.ts';
import { FixedClock } from '../platform/clock.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { TestSocket } from '../test/ws-client.ts';

const ISSUER = 'https://inloggen.lindendaal.example';
const SECRET = 'gedeeld-geheim-van-de-website-0123456789';
const kennisbank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lindendaal/kennisbank.json'), 'utf8'));

/** Self-service status through the bot: only an identified inwoner hears about their zaak. */
describe('the bot answers "hoe staat het met mijn aanvraag?"', async () => {
  const { zgw, brp, env } = await startPeers();
  const clock = new FixedClock(NOW);
  let t: TestApp;
  expectNoViolations(zgw, brp);

  beforeAll(async () => {
    t = await createTestApp({ ...env, WIDGET_IDENTITEIT_ISSUER: ISSUER, WIDGET_IDENTITEIT_SECRET: SECRET }, { overrides: { clock } });
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([zgw.stop(), brp.stop()]);
  });

  const idToken = (claims: Record<string, unknown>, geheim = SECRET, geldigSeconden = 600) =>
    new SignJWT({ bsn: BSN, given_name: 'Fenna', family_name: 'de Wit', ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience('loket')
      .setIssuedAt(Math.floor(clock.now().getTime() / 1000))
      .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + geldigSeconden)
      .sign(new TextEncoder().encode(geheim));

  const startSessie = (identiteitToken?: string) =>
    t.app.inject({ method: 'POST', url: '/api/webchat/sessies', payload: identiteitToken ? { identiteitToken } : {} });

  let chats = 0;
  /** Opens the chat socket, asks one question and returns the bot's reply and the gesprek. */
  async function vraag(token: string, tekst: string) {
    const port = (t.app.server.address() as AddressInfo).port;
    const socket = await TestSocket.open(`ws://127.0.0.1:${port}/api/webchat/ws`);
    try {
      socket.send({ type: 'aanmelden', token });
      await socket.next((f) => f.type === 'aangemeld');
      socket.send({ type: 'bericht', clientId: `v${++chats}`, tekst });
      const antwoord = await socket.next((f) => f.type === 'bericht' && (f.bericht as { van: string }).van === 'gemeente', 30_000);
      return (antwoord.bericht as { tekst: string }).tekst;
    } finally {
      socket.close();
    }
  }
  const gesprekVan = (sessieId: string) =>
    t.database.db
      .selectFrom('gesprek')
      .select(['id', 'partij_id', 'geverifieerd_op', 'verificatie_methode', 'bot_modus', 'bot_reden'])
      .where('kanaal', '=', 'webchat')
      .where('externe_id', '=', sessieId)
      .executeTakeFirstOrThrow();
  const zakenVragen = () => zgw.requests.filter((r) => r.path.includes('/zaken')).length;

  it('never discloses case data to an unidentified person, even one who gives a BSN, and never looks it up', async () => {
    const sessie = (await startSessie()).json();
    expect(sessie.ingelogd).toBe(false);
    const voor = zakenVragen();
    const antwoord = await vraag(sessie.token, `Hoe staat het met mijn aanvraag voor de bladkorf? Mijn BSN is ${BSN}.`);
    expect(antwoord).toContain('alleen iets vertellen als ik zeker weet wie u bent');
    for (const geheim of ['ZAAK-2026', 'In behandeling', 'Bladkorf aanvragen', LINDELAAN_TOELICHTING.slice(0, 30), 'december'])
      expect(antwoord).not.toContain(geheim);
    expect(zakenVragen()).toBe(voor);
    expect(await gesprekVan(sessie.sessieId)).toMatchObject({ partij_id: null, geverifieerd_op: null, bot_modus: 'overgedragen' });
    expect((await gesprekVan(sessie.sessieId)).bot_reden).toBe('niet-geidentificeerd');
  });

  it('refuses a forged, expired or wrong-audience ID token, and one without a valid BSN', async () => {
    const geweigerd = [
      await idToken({}, 'een-ander-geheim-dat-de-website-niet-kent'),
      await idToken({}, SECRET, -60),
      await new SignJWT({ bsn: BSN })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience('een-andere-dienst')
        .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + 600)
        .sign(new TextEncoder().encode(SECRET)),
      await idToken({ bsn: '123456789' }),
      'geen.jwt.token',
    ];
    for (const token of geweigerd) {
      const response = await startSessie(token);
      expect(response.statusCode, token).toBe(401);
      expect(response.json().error.code).toBe('LOKET_CHAT_IDENTITEIT_ONGELDIG');
    }
  });

  it('tells a logged-in inwoner how their bladkorf request stands, in plain Dutch, and logs the lookup', async () => {
    const sessie = (await startSessie(await idToken({}))).json();
    expect(sessie.ingelogd).toBe(true);
    const antwoord = await vraag(sessie.token, 'Hoe staat het met mijn aanvraag voor de bladkorf?');
    expect(antwoord).toContain('Uw aanvraag "Bladkorf aanvragen" (zaaknummer ZAAK-2026-0001847)');
    expect(antwoord).toContain('De stand van zaken is: In behandeling. Dat is zo sinds 19 november 2026.');
    expect(antwoord).toContain(LINDELAAN_TOELICHTING);
    expect(antwoord).toContain('We verwachten dat we uiterlijk 14 december 2026 klaar zijn.');
    expect(antwoord).not.toContain('ZAAK-2026-0001532');

    const gesprek = await gesprekVan(sessie.sessieId);
    expect(gesprek.partij_id).not.toBeNull();
    expect(gesprek.geverifieerd_op).not.toBeNull();
    expect(gesprek.verificatie_methode).toBe(`inlog website (${ISSUER})`);
    expect(gesprek.bot_modus).toBe('actief');
    const gelogd = await t.database.db
      .selectFrom('verwerkingsactie')
      .select('actie_naam')
      .where('actie_naam', 'in', ['Zaken raadplegen', `Identiteit verifiëren (inlog website (${ISSUER}))`])
      .execute();
    expect(gelogd.map((r) => r.actie_naam).sort()).toEqual([
      'Identiteit verifiëren (inlog website (https://inloggen.lindendaal.example))',
      'Zaken raadplegen',
    ]);
  });

  it('says nothing once the login from the website has expired', async () => {
    const sessie = (await startSessie(await idToken({}, SECRET, 300))).json();
    clock.advance(301_000);
    try {
      const antwoord = await vraag(sessie.token, 'Hoe staat het met mijn aanvraag?');
      expect(antwoord).not.toContain('ZAAK-2026');
      expect((await gesprekVan(sessie.sessieId)).bot_reden).toBe('niet-geidentificeerd');
    } finally {
      clock.set(NOW);
    }
  });

  it('answers on WhatsApp from the verified number of a verified partij, and hands over for any other number', async () => {
    const partij = await t.database.db
      .selectFrom('partij_identificator')
      .select('partij_id')
      .where('object_id', '=', BSN)
      .executeTakeFirstOrThrow();
    const ctx = systemContext('test');
    await updatePartij(t.database.db, ctx, partij.partij_id!, { geverifieerd: true });
    await addDigitaalAdres(t.database.db, ctx, partij.partij_id!, {
      soortDigitaalAdres: 'telefoonnummer',
      adres: '+31612345678',
      verificatieDatum: '2026-11-01T10:00:00Z',
    });
    await addDigitaalAdres(t.database.db, ctx, partij.partij_id!, { soortDigitaalAdres: 'telefoonnummer', adres: '+31687654321' });
    const whatsapp = async (nummer: string) => {
      const { processed } = await t.app.pipeline.receive({
        kanaal: 'whatsapp',
        kanaalBerichtId: `wamid.${nummer}`,
        afzender: { soort: 'telefoonnummer', adres: nummer },
        draad: { externeId: nummer },
        tekst: 'Hoe staat het met mijn aanvraag voor de bladkorf?',
      });
      const botBericht = await t.database.db
        .selectFrom('bericht')
        .select('inhoud')
        .where('gesprek_id', '=', processed!.gesprekId)
        .where('richting', '=', 'uitgaand')
        .executeTakeFirstOrThrow();
      return botBericht.inhoud;
    };
    expect(await whatsapp('+31612345678')).toContain('zaaknummer ZAAK-2026-0001847');
    const onbekend = await whatsapp('+31687654321');
    expect(onbekend).not.toContain('ZAAK-2026');
    expect(onbekend).toContain('alleen iets vertellen als ik zeker weet wie u bent');
  });
});
