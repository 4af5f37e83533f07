import { get, query } from '../api/client.ts';

/** The XLA report's API; types mirror src/rapportage/xla.routes.ts. */
export type XlaIndeling = 'kanaal' | 'onderwerp' | 'team' | 'week';

export interface XlaCijfers {
  contacten: number;
  enquetes: number;
  csatGemiddeld: number | null;
  csatTevreden: number | null;
  fcr: number | null;
  fcrBasis: number;
  herhaalcontacten: number;
  inspanning: { verzoeken: number; contactenPerVerzoek: number | null; kanalenPerVerzoek: number | null };
}

export interface XlaRij extends XlaCijfers {
  groep: string;
}

type Antwoord = { per: XlaIndeling } & Partial<
  Record<'kanalen' | 'onderwerpen' | 'teams' | 'weken', (XlaCijfers & Record<string, unknown>)[]>
>;

const LIJST = { kanaal: 'kanalen', onderwerp: 'onderwerpen', team: 'teams', week: 'weken' } as const;

/** One grouping of the report, each row with its group's name as `groep`. */
export async function xlaRapport(van: string, tot: string, per: XlaIndeling): Promise<XlaRij[]> {
  const antwoord = await get<Antwoord>(`/api/rapportage/xla${query({ van, tot, per })}`);
  return (antwoord[LIJST[per]] ?? []).map((r) => ({ ...r, groep: String(r[per]) }));
}
