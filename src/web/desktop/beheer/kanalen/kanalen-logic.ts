import { KOPPELING_SOORTEN, type KoppelingSoort } from '../../../../contract/kanaal-koppelingen.ts';
import type { Kanaal, KanaalInvoer, KanaalWijziging } from './kanalen-api.ts';

/** The form's values by field name: naam, actief, soort, `instelling-<naam>` and `geheim-<naam>`. */
export type KanaalWaarden = Record<string, string>;

export type KanaalFout = 'naamLeeg' | 'instellingLeeg' | 'nummerOngeldig' | 'geheimLeeg';

export const instellingVeld = (naam: string) => `instelling-${naam}`;
export const geheimVeld = (naam: string) => `geheim-${naam}`;

export function isKoppelingSoort(soort: string): soort is KoppelingSoort {
  return soort in KOPPELING_SOORTEN;
}

/** A new connection starts empty; an existing one with its settings, and never with its secrets. */
export function beginwaarden(kanaal: Kanaal | null, soort: KoppelingSoort): KanaalWaarden {
  const eigen = kanaal && isKoppelingSoort(kanaal.soort) ? kanaal.soort : soort;
  const waarden: KanaalWaarden = { naam: kanaal?.naam ?? '', actief: String(kanaal?.actief ?? true), soort: eigen };
  for (const naam of KOPPELING_SOORTEN[eigen].instellingen) waarden[instellingVeld(naam)] = kanaal?.instellingen[naam] ?? '';
  return waarden;
}

const E164 = /^\+[1-9]\d{6,14}$/;

type Uitkomst = { nieuw: KanaalInvoer } | { wijziging: KanaalWijziging } | { fout: KanaalFout; veld: string };

/**
 * What the form sends, or the first field that is wrong. A new connection needs every secret; an
 * edit sends only the secrets typed, so the stored ones stay.
 */
export function kanaalInvoer(waarden: KanaalWaarden, kanaal: Kanaal | null): Uitkomst {
  const soort = (kanaal?.soort ?? waarden.soort ?? '') as KoppelingSoort;
  const spec = KOPPELING_SOORTEN[soort];
  const naam = waarden.naam?.trim() ?? '';
  if (!naam) return { fout: 'naamLeeg', veld: 'naam' };
  const instellingen: Record<string, string> = {};
  for (const veld of spec.instellingen) {
    const waarde = waarden[instellingVeld(veld)]?.trim() ?? '';
    if (!waarde) return { fout: 'instellingLeeg', veld: instellingVeld(veld) };
    if (veld === 'nummer' && !E164.test(waarde.replace(/[\s-]/g, ''))) return { fout: 'nummerOngeldig', veld: instellingVeld(veld) };
    instellingen[veld] = veld === 'nummer' ? waarde.replace(/[\s-]/g, '') : waarde;
  }
  const geheimen: Record<string, string> = {};
  for (const veld of spec.geheimen) {
    const waarde = waarden[geheimVeld(veld)]?.trim() ?? '';
    if (waarde) geheimen[veld] = waarde;
    else if (!kanaal?.geheimen[veld]?.ingesteld) return { fout: 'geheimLeeg', veld: geheimVeld(veld) };
  }
  const actief = waarden.actief !== 'false';
  if (!kanaal) return { nieuw: { soort, naam, instellingen, geheimen, actief } };
  return { wijziging: { naam, instellingen, actief, ...(Object.keys(geheimen).length > 0 ? { geheimen } : {}) } };
}
