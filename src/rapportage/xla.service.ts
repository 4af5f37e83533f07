import { isoWeekStart } from '../analytics/hotspots/iso-week.ts';
import type { Db } from '../db/transaction.ts';
import { localDay } from '../platform/local-day.ts';
import { periode } from './periode.ts';
import { xlaCijfers, type XlaCijfers, type XlaContact, type XlaIndeling } from './xla.ts';
import { xlaContacten } from './xla.queries.ts';

/** Experience figures over the Amsterdam days van..tot (inclusive), grouped as asked; weeks start on Monday in Amsterdam. */
export async function getXla(db: Db, van: string, tot: string, per: XlaIndeling, nu: Date): Promise<XlaCijfers[]> {
  const { begin, eind } = periode(van, tot);
  const rijen = await xlaContacten(db, begin, eind, nu);
  const contacten: XlaContact[] = rijen.map((r) => ({
    kanaal: r.kanaal,
    onderwerp: r.onderwerp,
    team: r.team,
    week: isoWeekStart(localDay(new Date(r.afgesloten_op))),
    tevredenheid: r.tevredenheid === null ? null : Number(r.tevredenheid),
    vervolgcontact: r.vervolgcontact,
    herhaalcontact: r.herhaalcontact,
    verzoekId: r.verzoek_id,
    verzoekContacten: Number(r.verzoek_contacten),
    verzoekKanalen: Number(r.verzoek_kanalen),
  }));
  return xlaCijfers(contacten, per);
}
