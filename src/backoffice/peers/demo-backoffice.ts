import { randomBytes } from 'node:crypto';
import { LINDELAAN_INWONER, LINDELAAN_VERZOEK } from './lindelaan.ts';
import { localDay } from '../../platform/local-day.ts';
import type { Bron } from '../bronnen/bron.ts';
import { metStandaarden } from '../bronnen/bronnen.service.ts';
import { BrpPeer, type PeerPersoon } from './brp-peer.ts';
import type { PeerZaak } from './zgw-data.ts';
import { ZgwPeer } from './zgw-peer.ts';

/**
 * The built-in demo back office (LOKET_DEMO without ZAKEN_API_URL): the same peers the tests use,
 * on 127.0.0.1 and a free port, holding Fenna de Wit of the Lindelaan and her zaak "Bladkorf
 * aanvragen". Its sources are named "(voorbeeld)" so nobody takes them for the municipality's.
 */
export const DEMO_ZAKEN_NAAM = 'Demo-zaaksysteem (voorbeeld)';
export const DEMO_BRP_NAAM = 'Demo-BRP (voorbeeld)';
export const LINDELAAN_TOELICHTING =
  'De Lindelaan is te smal voor de wagen die de bladkorven leegt. De 38 linden worden vanaf januari 2027 vervangen; daarna kijken we opnieuw.';

const dagen = (from: Date, n: number) => localDay(new Date(from.getTime() + n * 86_400_000));
const moment = (from: Date, n: number, uur: number) => `${dagen(from, n)}T${String(uur).padStart(2, '0')}:00:00Z`;

export function demoZaken(now: Date): PeerZaak[] {
  const bsn = LINDELAAN_INWONER.bsn;
  return [
    {
      identificatie: 'ZAAK-2026-0001847',
      omschrijving: `${LINDELAAN_VERZOEK} Lindelaan ${LINDELAAN_INWONER.adres.huisnummer}`,
      zaaktype: LINDELAAN_VERZOEK,
      bsn,
      startdatum: dagen(now, -8),
      einddatumGepland: dagen(now, 20),
      uiterlijkeEinddatumAfdoening: dagen(now, 48),
      statussen: [
        { omschrijving: 'Ontvangen', toelichting: 'Uw aanvraag is ontvangen.', datumStatusGezet: moment(now, -8, 9) },
        { omschrijving: 'In behandeling', toelichting: LINDELAAN_TOELICHTING, datumStatusGezet: moment(now, -5, 14) },
      ],
    },
    {
      identificatie: 'ZAAK-2026-0001532',
      omschrijving: 'Melding losliggende stoeptegels Lindelaan',
      zaaktype: 'Melding openbare ruimte',
      bsn,
      startdatum: dagen(now, -40),
      einddatumGepland: dagen(now, -12),
      uiterlijkeEinddatumAfdoening: null,
      statussen: [
        { omschrijving: 'Ontvangen', toelichting: 'Uw melding is ontvangen.', datumStatusGezet: moment(now, -40, 10) },
        {
          omschrijving: 'Ingepland',
          toelichting: 'De stratenmakers komen na de bladval; de planning schoof door de herfststorm op.',
          datumStatusGezet: moment(now, -20, 11),
        },
      ],
    },
    {
      identificatie: 'ZAAK-2026-0000719',
      omschrijving: 'Aanvraag parkeervergunning bewoners',
      zaaktype: 'Parkeervergunning aanvragen',
      bsn,
      startdatum: dagen(now, -120),
      einddatumGepland: dagen(now, -100),
      einddatum: dagen(now, -104),
      statussen: [
        { omschrijving: 'Ontvangen', datumStatusGezet: moment(now, -120, 9) },
        { omschrijving: 'Afgerond', toelichting: 'De vergunning is verleend.', datumStatusGezet: moment(now, -104, 15) },
      ],
    },
  ];
}

export function demoPersonen(): PeerPersoon[] {
  const p = LINDELAAN_INWONER;
  return [
    {
      bsn: p.bsn,
      voornamen: p.voornaam,
      voorvoegsel: p.voorvoegselAchternaam,
      geslachtsnaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      adres: { straat: p.adres.straatnaam, huisnummer: p.adres.huisnummer, postcode: p.adres.postcode, woonplaats: p.adres.stad },
    },
  ];
}

export async function startDemoBackoffice(now: Date, options: { brp: boolean }): Promise<{ bronnen: Bron[]; stop: () => Promise<void> }> {
  const secret = randomBytes(24).toString('base64url');
  const zgw = new ZgwPeer({ clientId: 'loket-demo', secret, zaken: demoZaken(now) });
  await zgw.start();
  const bronnen: Bron[] = [
    {
      id: 'omgeving-zaken',
      soort: 'zaken',
      naam: DEMO_ZAKEN_NAAM,
      herkomst: 'omgeving',
      actief: true,
      versie: 'demo',
      instellingen: metStandaarden('zaken', { zakenApiUrl: zgw.zakenApiUrl, catalogiApiUrl: zgw.catalogiApiUrl, clientId: 'loket-demo' }),
      geheimen: { secret },
    } as Bron,
  ];
  const peers: { stop(): Promise<void> }[] = [zgw];
  if (options.brp) {
    const apiKey = randomBytes(24).toString('base64url');
    const brp = new BrpPeer({ apiKey, personen: demoPersonen() });
    await brp.start();
    peers.push(brp);
    bronnen.unshift({
      id: 'omgeving-brp',
      soort: 'brp',
      naam: DEMO_BRP_NAAM,
      herkomst: 'omgeving',
      actief: true,
      versie: 'demo',
      instellingen: metStandaarden('brp', { apiUrl: brp.apiUrl, authenticatie: 'api-key' }),
      geheimen: { apiKey },
    } as Bron);
  }
  return { bronnen, stop: async () => void (await Promise.all(peers.map((p) => p.stop()))) };
}
