/**
 * Experience figures (XLA) over closed contacts, grouped by channel, topic, team or week. Pure,
 * so a fixture gives a known answer; the query (xla.queries.ts) supplies one row per contact.
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
export interface XlaContact {
  kanaal: string;
  onderwerp: string | null;
  team: string | null;
  week: string;
  tevredenheid: number | null;
  /** null: not judged (no partij or topic, or the 7 days are not over). */
  vervolgcontact: boolean | null;
  herhaalcontact: boolean;
  verzoekId: string | null;
  verzoekContacten: number;
  verzoekKanalen: number;
}

export type XlaIndeling = 'kanaal' | 'onderwerp' | 'team' | 'week';

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

export const ZONDER_ONDERWERP = 'onbekend';
export const ZONDER_TEAM = 'geen team';

function sleutel(c: XlaContact, per: XlaIndeling): string {
  if (per === 'onderwerp') return c.onderwerp ?? ZONDER_ONDERWERP;
  if (per === 'team') return c.team ?? ZONDER_TEAM;
  return c[per];
}

export function xlaCijfers(contacten: readonly XlaContact[], per: XlaIndeling): XlaCijfers[] {
  const groepen = new Map<string, XlaContact[]>();
  for (const c of contacten) {
    const k = sleutel(c, per);
    groepen.set(k, [...(groepen.get(k) ?? []), c]);
  }
  return [...groepen.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([groep, rijen]) => {
      const scores = rijen.flatMap((r) => (r.tevredenheid === null ? [] : [r.tevredenheid]));
      const beoordeeld = rijen.filter((r) => r.vervolgcontact !== null);
      const verzoeken = new Map(rijen.flatMap((r) => (r.verzoekId ? [[r.verzoekId, r] as const] : [])));
      const perVerzoek = [...verzoeken.values()];
      return {
        groep,
        contacten: rijen.length,
        enquetes: scores.length,
        csatGemiddeld: deel(
          scores.reduce((s, n) => s + n, 0),
          scores.length,
        ),
        csatTevreden: deel(scores.filter((n) => n >= 4).length, scores.length),
        fcr: deel(beoordeeld.filter((r) => r.vervolgcontact === false).length, beoordeeld.length),
        fcrBasis: beoordeeld.length,
        herhaalcontacten: rijen.filter((r) => r.herhaalcontact).length,
        inspanning: {
          verzoeken: perVerzoek.length,
          contactenPerVerzoek: deel(
            perVerzoek.reduce((s, r) => s + r.verzoekContacten, 0),
            perVerzoek.length,
          ),
          kanalenPerVerzoek: deel(
            perVerzoek.reduce((s, r) => s + r.verzoekKanalen, 0),
            perVerzoek.length,
          ),
        },
      };
    });
}
