import { createHash } from 'node:crypto';

/**
 * What a test or the demo hands a ZGW peer (a few words per zaak), and the complete, specification-
 * valid Zaken and Catalogi resources built from it once the peer knows its address.
 */
export interface PeerStatus {
  omschrijving: string;
  toelichting?: string;
  datumStatusGezet: string;
}

export interface PeerZaak {
  identificatie: string;
  omschrijving: string;
  zaaktype: string;
  /** Who the zaak is about: a BSN, a KvK number or RSIN (innNnpId), or a vestigingsnummer. */
  bsn?: string;
  innNnpId?: string;
  vestigingsnummer?: string;
  startdatum: string;
  einddatumGepland?: string | null;
  uiterlijkeEinddatumAfdoening?: string | null;
  einddatum?: string | null;
  /** Oldest first; the last is the current status. */
  statussen: PeerStatus[];
}

type Json = Record<string, unknown>;

/** A stable uuid from a text, so the same demo zaak has the same url on every start. */
export function uuidVan(tekst: string): string {
  const h = createHash('sha256').update(tekst).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface ZgwResources {
  zaken: (Json & { url: string; uuid: string })[];
  betrokkenen: Map<string, { bsn?: string | undefined; innNnpId?: string | undefined; vestigingsnummer?: string | undefined }>;
  statussen: (Json & { url: string; uuid: string; zaak: string })[];
  zaaktypen: (Json & { url: string; uuid: string })[];
  statustypen: (Json & { url: string; uuid: string })[];
}

export const RSIN = '002220647';

export function buildResources(zakenBase: string, catalogiBase: string, input: PeerZaak[]): ZgwResources {
  const catalogus = `${catalogiBase}/catalogussen/${uuidVan('catalogus')}`;
  const res: ZgwResources = { zaken: [], betrokkenen: new Map(), statussen: [], zaaktypen: [], statustypen: [] };
  const zaaktypeUrl = new Map<string, string>();
  for (const omschrijving of new Set(input.map((z) => z.zaaktype))) {
    const uuid = uuidVan(`zaaktype:${omschrijving}`);
    const url = `${catalogiBase}/zaaktypen/${uuid}`;
    zaaktypeUrl.set(omschrijving, url);
    res.zaaktypen.push({
      url,
      uuid,
      identificatie: `ZT-${uuid.slice(0, 6)}`,
      omschrijving,
      vertrouwelijkheidaanduiding: 'openbaar',
      doel: omschrijving,
      aanleiding: 'Aanvraag van een inwoner',
      indicatieInternOfExtern: 'extern',
      handelingInitiator: 'aanvragen',
      onderwerp: omschrijving,
      handelingBehandelaar: 'behandelen',
      doorlooptijd: 'P8W',
      opschortingEnAanhoudingMogelijk: false,
      verlengingMogelijk: false,
      publicatieIndicatie: false,
      productenOfDiensten: [],
      referentieproces: { naam: 'Behandelen aanvraag' },
      verantwoordelijke: 'Team Afval en Reiniging',
      zaakobjecttypen: [],
      catalogus,
      statustypen: [],
      resultaattypen: [],
      eigenschappen: [],
      informatieobjecttypen: '',
      roltypen: [],
      besluittypen: [],
      gerelateerdeZaaktypen: [],
      beginGeldigheid: '2026-01-01',
      versiedatum: '2026-01-01',
      concept: false,
    });
  }
  const statustypeUrl = new Map<string, string>();
  for (const zaak of input) {
    const zaaktype = zaaktypeUrl.get(zaak.zaaktype) as string;
    zaak.statussen.forEach((s, i) => {
      const key = `${zaak.zaaktype}|${s.omschrijving}`;
      if (statustypeUrl.has(key)) return;
      const uuid = uuidVan(`statustype:${key}`);
      const url = `${catalogiBase}/statustypen/${uuid}`;
      statustypeUrl.set(key, url);
      res.statustypen.push({
        url,
        uuid,
        omschrijving: s.omschrijving,
        zaaktype,
        catalogus,
        zaaktypeIdentificatie: `ZT-${zaaktype.slice(-36, -30)}`,
        volgnummer: i + 1,
        isEindstatus: false,
        zaakobjecttype: `${catalogiBase}/zaakobjecttypen/${uuidVan('zot')}`,
      });
    });
    const uuid = uuidVan(`zaak:${zaak.identificatie}`);
    const url = `${zakenBase}/zaken/${uuid}`;
    const statussen = zaak.statussen.map((s, i) => {
      const sUuid = uuidVan(`status:${zaak.identificatie}:${i}`);
      return {
        url: `${zakenBase}/statussen/${sUuid}`,
        uuid: sUuid,
        zaak: url,
        statustype: statustypeUrl.get(`${zaak.zaaktype}|${s.omschrijving}`) as string,
        datumStatusGezet: s.datumStatusGezet,
        statustoelichting: s.toelichting ?? '',
        indicatieLaatstGezetteStatus: i === zaak.statussen.length - 1,
        zaakinformatieobjecten: [],
      };
    });
    res.statussen.push(...statussen);
    res.betrokkenen.set(url, { bsn: zaak.bsn, innNnpId: zaak.innNnpId, vestigingsnummer: zaak.vestigingsnummer });
    res.zaken.push({
      url,
      uuid,
      identificatie: zaak.identificatie,
      bronorganisatie: RSIN,
      omschrijving: zaak.omschrijving,
      zaaktype,
      registratiedatum: zaak.startdatum,
      verantwoordelijkeOrganisatie: RSIN,
      startdatum: zaak.startdatum,
      einddatum: zaak.einddatum ?? null,
      einddatumGepland: zaak.einddatumGepland ?? null,
      uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening ?? null,
      vertrouwelijkheidaanduiding: 'openbaar',
      betalingsindicatieWeergave: '',
      deelzaken: [],
      eigenschappen: [],
      rollen: [],
      zaakinformatieobjecten: [],
      zaakobjecten: [],
      status: statussen.at(-1)?.url ?? null,
      resultaat: null,
    });
  }
  return res;
}
