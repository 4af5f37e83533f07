import type { TijdlijnItem } from '../api/types.ts';

const CLOSED = new Set(['afgehandeld', 'verwerkt', 'gesloten', 'afgesloten']);
const isOpen = (item: TijdlijnItem) => !CLOSED.has(item.status ?? '');

/** Verzoeken of the partij that are not closed yet. */
export const openVerzoeken = (items: readonly TijdlijnItem[]) => items.filter((i) => i.soort === 'verzoek' && isOpen(i));

/** Interne taken (contactverzoeken) still waiting for a colleague. */
export const openTaken = (items: readonly TijdlijnItem[]) => items.filter((i) => i.soort === 'interne_taak' && isOpen(i));

/** The zaken (their uuids) already linked to a klantcontact, read from its timeline item. */
export const gekoppeldeZaken = (items: readonly TijdlijnItem[], klantcontactId: string | null): string[] =>
  items.find((i) => i.soort === 'klantcontact' && i.id === klantcontactId)?.zaken?.map((z) => z.objectId) ?? [];

export interface EarlierContact extends TijdlijnItem {
  /** About the same verzoek as the gesprek on screen: the agent should read it first. */
  zelfdeVerzoek: boolean;
}

/**
 * The contacts before the one on screen, newest first: klantcontacten and other gesprekken of the
 * partij, but not the current gesprek nor the klantcontact it is registered as.
 */
export function earlierContacts(
  items: readonly TijdlijnItem[],
  current: { gesprekId: string; klantcontactId: string | null; verzoekId: string | null },
): EarlierContact[] {
  return items
    .filter(
      (i) =>
        (i.soort === 'klantcontact' || i.soort === 'gesprek') &&
        i.gesprekId !== current.gesprekId &&
        i.id !== current.gesprekId &&
        i.id !== current.klantcontactId,
    )
    .map((i) => ({ ...i, zelfdeVerzoek: current.verzoekId !== null && i.verzoekId === current.verzoekId }))
    .sort((a, b) => Date.parse(b.tijdstip) - Date.parse(a.tijdstip));
}
