import type { Ontbrekend, Zaak, ZaakStatus } from './zaken-api.ts';

/** When the case should be done: the planned date, else the latest date the law allows. */
export function planning(
  zaak: Pick<Zaak, 'einddatumGepland' | 'uiterlijkeEinddatumAfdoening'>,
): { soort: 'gepland' | 'uiterlijk'; datum: string } | null {
  if (zaak.einddatumGepland) return { soort: 'gepland', datum: zaak.einddatumGepland };
  if (zaak.uiterlijkeEinddatumAfdoening) return { soort: 'uiterlijk', datum: zaak.uiterlijkeEinddatumAfdoening };
  return null;
}

const tijd = (status: ZaakStatus) => (status.datumStatusGezet ? Date.parse(status.datumStatusGezet) : Number.NEGATIVE_INFINITY);

/** Status history newest first, so the current status leads, as on the case card. */
export const historieNieuwsteEerst = (statussen: readonly ZaakStatus[]) => [...statussen].sort((a, b) => tijd(b) - tijd(a));

/** Late cases first (the agent should see them), then open before finished, then the newest start date. */
export function sorteerZaken(zaken: readonly Zaak[]): Zaak[] {
  const start = (z: Zaak) => (z.startdatum ? Date.parse(z.startdatum) : 0);
  return [...zaken].sort(
    (a, b) => Number(b.teLaat) - Number(a.teLaat) || Number(Boolean(a.einddatum)) - Number(Boolean(b.einddatum)) || start(b) - start(a),
  );
}

/** The uuid at the end of a zaak's URL: what a klantcontact's onderwerpobject keeps. */
export const zaakUuid = (url: string) => url.replace(/\/+$/, '').split('/').at(-1) ?? '';

/** Whether the zaak is linked to the klantcontact, judged by the onderwerpobjecten on its timeline item. */
export const isGekoppeld = (zaak: Pick<Zaak, 'url'>, objectIds: readonly string[]) => objectIds.includes(zaakUuid(zaak.url));

/** One notice line per source that did not answer; a source named twice is named once. */
export function ontbrekendeBronnen(ontbrekend: readonly Ontbrekend[]): Ontbrekend[] {
  const seen = new Set<string>();
  return ontbrekend.filter((o) => !seen.has(o.bron) && seen.add(o.bron));
}

/** A stable key for a case: its URL is unique within its source. */
export const zaakKey = (zaak: Pick<Zaak, 'bron' | 'url'>) => `${zaak.bron} ${zaak.url}`;
