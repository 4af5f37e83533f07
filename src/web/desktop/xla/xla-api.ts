import { get, query } from '../api/client.ts';
import type { Antwoord as ContractAntwoord } from '../api/types.ts';

/** The XLA report's API; its types come from the generated contract (GET /api/rapportage/xla). */
type Antwoord = ContractAntwoord<'/api/rapportage/xla'>;
export type XlaIndeling = Antwoord['per'];

/** The figures of one group (the same in every grouping). */
export type XlaCijfers = Omit<NonNullable<Antwoord['kanalen']>[number], 'kanaal'>;

export interface XlaRij extends XlaCijfers {
  groep: string;
}

const LIJST = { kanaal: 'kanalen', onderwerp: 'onderwerpen', team: 'teams', week: 'weken' } as const;

/** One grouping of the report, each row with its group's name as `groep`. */
export async function xlaRapport(van: string, tot: string, per: XlaIndeling): Promise<XlaRij[]> {
  const antwoord = await get<Antwoord>(`/api/rapportage/xla${query({ van, tot, per })}`);
  return (antwoord[LIJST[per]] ?? []).map((r: XlaCijfers & Record<string, unknown>) => ({ ...r, groep: String(r[per]) }));
}
