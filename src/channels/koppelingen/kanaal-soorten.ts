import { KOPPELING_SOORTEN, type KoppelingKanaal, type KoppelingSoortSpec } from '../../contract/kanaal-koppelingen.ts';
import type { KanaalSoort } from '../../db/schema.ts';

export type SoortSpec = KoppelingSoortSpec & { kanaal: KoppelingKanaal };

/** The kinds of connection and their fields, from the contract the desktop reads too; typed by the database's enum. */
export const SOORTEN: Record<KanaalSoort, SoortSpec> = KOPPELING_SOORTEN;

export const KANAAL_SOORTEN = Object.keys(SOORTEN) as KanaalSoort[];

/** Names of missing or unknown fields, for the beheerder's error message. */
export function problemen(
  soort: KanaalSoort,
  instellingen: Record<string, string>,
  geheimen: Record<string, string>,
): { field: string; message: string }[] {
  const spec = SOORTEN[soort];
  const out: { field: string; message: string }[] = [];
  const check = (groep: 'instellingen' | 'geheimen', values: Record<string, string>) => {
    for (const name of spec[groep]) if (!values[name]?.trim()) out.push({ field: `body.${groep}.${name}`, message: `nodig voor ${soort}` });
    for (const name of Object.keys(values))
      if (!spec[groep].includes(name))
        out.push({ field: `body.${groep}.${name}`, message: `onbekend voor ${soort}; verwacht: ${spec[groep].join(', ')}` });
  };
  check('instellingen', instellingen);
  check('geheimen', geheimen);
  return out;
}
