import { localDay } from '../../platform/local-day.ts';
import type { ZgwClient, ZaakRuw, StatusRuw } from './zgw.client.ts';

/** A zaak as the agent sees it: what it is, where it stands and why, and whether it is late. */
export interface ZaakStatusView {
  omschrijving: string;
  toelichting: string | null;
  datumStatusGezet: string | null;
}

export interface ZaakView {
  bron: string;
  url: string;
  identificatie: string;
  omschrijving: string | null;
  zaaktype: { omschrijving: string };
  status: ZaakStatusView | null;
  statussen: ZaakStatusView[];
  startdatum: string | null;
  einddatumGepland: string | null;
  uiterlijkeEinddatumAfdoening: string | null;
  einddatum: string | null;
  teLaat: boolean;
}

export async function statusView(client: ZgwClient, status: StatusRuw): Promise<ZaakStatusView> {
  return {
    omschrijving: await client.omschrijving(status.statustype, 'StatusType'),
    toelichting: status.statustoelichting || null,
    datumStatusGezet: status.datumStatusGezet ?? null,
  };
}

/** One zaak with its current status (one extra request) and the catalogue's words for both. */
export async function zaakView(client: ZgwClient, zaak: ZaakRuw): Promise<Omit<ZaakView, 'teLaat'>> {
  const [zaaktype, status] = await Promise.all([
    client.omschrijving(zaak.zaaktype, 'ZaakType'),
    zaak.status ? client.status(zaak.status).then((s) => statusView(client, s)) : null,
  ]);
  return {
    bron: client.bron.naam,
    url: zaak.url,
    identificatie: zaak.identificatie ?? '',
    omschrijving: zaak.omschrijving || null,
    zaaktype: { omschrijving: zaaktype },
    status,
    statussen: [],
    startdatum: zaak.startdatum ?? null,
    einddatumGepland: zaak.einddatumGepland ?? null,
    uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening ?? null,
    einddatum: zaak.einddatum ?? null,
  };
}

/**
 * Late: not finished, and today (in Amsterdam) is past the latest date of completion, or past the
 * planned end when the source gives no latest date.
 */
export function isTeLaat(zaak: Pick<ZaakView, 'einddatum' | 'uiterlijkeEinddatumAfdoening' | 'einddatumGepland'>, now: Date): boolean {
  if (zaak.einddatum) return false;
  const grens = zaak.uiterlijkeEinddatumAfdoening ?? zaak.einddatumGepland;
  return grens ? localDay(now) > grens : false;
}
