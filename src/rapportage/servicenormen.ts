import { werktijdTussen, type Kalender } from '../werktijd/deadline.ts';

/**
 * Service norms per channel, measured in working time: from the moment a medewerker was needed
 * (the bot's handover, else the start of the gesprek) to the first reply of a medewerker, or to
 * the closing when nobody replied. Pure, so a fixture gives a known answer.
 */
export interface AfgehandeldGesprek {
  kanaal: string;
  gestartOp: Date;
  overgedragenOp: Date | null;
  eersteAntwoordOp: Date | null;
  afgeslotenOp: Date;
}

export interface KanaalNorm {
  kanaal: string;
  norm: string;
  afgehandeld: number;
  binnenNorm: number;
  percentage: number;
}

/** Seconds as an ISO 8601 duration: 90 → PT1M30S, 86400 → PT24H. */
export function alsIsoDuur(seconden: number): string {
  const h = Math.floor(seconden / 3600);
  const m = Math.floor((seconden % 3600) / 60);
  const s = seconden % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || seconden === 0 ? `${s}S` : ''}`;
}

export function servicenormen(
  gesprekken: AfgehandeldGesprek[],
  kalender: Kalender,
  normSeconden: (kanaal: string) => number,
): KanaalNorm[] {
  const perKanaal = new Map<string, { afgehandeld: number; binnenNorm: number }>();
  for (const g of gesprekken) {
    const van = g.overgedragenOp ?? g.gestartOp;
    const tot = g.eersteAntwoordOp && g.eersteAntwoordOp >= van ? g.eersteAntwoordOp : g.afgeslotenOp;
    const telling = perKanaal.get(g.kanaal) ?? { afgehandeld: 0, binnenNorm: 0 };
    telling.afgehandeld++;
    if (werktijdTussen(kalender, van, tot) * 60 <= normSeconden(g.kanaal)) telling.binnenNorm++;
    perKanaal.set(g.kanaal, telling);
  }
  return [...perKanaal.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kanaal, t]) => ({
      kanaal,
      norm: alsIsoDuur(normSeconden(kanaal)),
      ...t,
      percentage: Math.round((t.binnenNorm / t.afgehandeld) * 1000) / 10,
    }));
}
