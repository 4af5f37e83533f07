import type { XlaGroepSommen } from './xla.queries.ts';

/**
 * Experience figures (XLA) over closed contacts, grouped by channel, topic, team or week. The
 * query (xla.queries.ts) sums per group; this turns the sums into shares and means. Pure.
 *
 * - csat: the survey's satisfaction 1–5; csatTevreden is the share scoring 4 or 5.
 * - fcr (first-contact resolution): the share of contacts after which the same partij made no
 *   new contact on the same topic within 7 days (168 hours). Only contacts with a partij and a
 *   topic whose 7 days have passed can be judged; the others are left out (fcrBasis counts the
 *   judged ones), never counted as resolved.
 * - herhaalcontacten: contacts that follow one by the same partij on the same topic within the
 *   7 days before (needs a partij and a topic too).
 * - inspanning: per verzoek the citizen's contacts and the distinct channels they used, over the
 *   verzoeken the group's contacts belong to; contacts without a verzoek are not in it.
 */
export type { XlaIndeling } from './xla.queries.ts';

export interface XlaCijfers {
  groep: string;
  contacten: number;
  enquetes: number;
  csatGemiddeld: number | null;
  csatTevreden: number | null;
  fcr: number | null;
  fcrBasis: number;
  herhaalcontacten: number;
  inspanning: { verzoeken: number; contactenPerVerzoek: number | null; kanalenPerVerzoek: number | null };
}

/** Shares and means to three decimals (a share of 0.667 is 66.7 %). */
const rond = (n: number) => Math.round(n * 1000) / 1000;
const deel = (teller: number, noemer: number) => (noemer === 0 ? null : rond(teller / noemer));

export function xlaCijfers(sommen: readonly XlaGroepSommen[]): XlaCijfers[] {
  return [...sommen]
    .sort((a, b) => a.groep.localeCompare(b.groep, 'nl'))
    .map((s) => ({
      groep: s.groep,
      contacten: s.contacten,
      enquetes: s.enquetes,
      csatGemiddeld: deel(s.som_tevredenheid, s.enquetes),
      csatTevreden: deel(s.tevreden, s.enquetes),
      fcr: deel(s.opgelost, s.fcr_basis),
      fcrBasis: s.fcr_basis,
      herhaalcontacten: s.herhaalcontacten,
      inspanning: {
        verzoeken: s.verzoeken,
        contactenPerVerzoek: deel(s.verzoek_contacten, s.verzoeken),
        kanalenPerVerzoek: deel(s.verzoek_kanalen, s.verzoeken),
      },
    }));
}
