import { werktijdTussen, type Kalender } from '../werktijd/deadline.ts';

/**
 * Service norms per channel, measured in working time: from the moment a medewerker was needed
 * (the bot's handover, else the start of the gesprek) to the first reply of a medewerker, or to
 * the closing when nobody replied. Pure, so a fixture gives a known answer.
 */
export interface AfgehandeldGesprek {
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

/** The citizen's wait in seconds of working time; compared with the channel's norm. */
export function wachttijdSeconden(g: AfgehandeldGesprek, kalender: Kalender): number {
  const van = g.overgedragenOp ?? g.gestartOp;
  const tot = g.eersteAntwoordOp && g.eersteAntwoordOp >= van ? g.eersteAntwoordOp : g.afgeslotenOp;
  return werktijdTussen(kalender, van, tot) * 60;
}

/** Counts per channel as the report shows them, by channel name; percentage to one decimal. */
export function kanaalNormen(
  tellingen: readonly { kanaal: string; afgehandeld: number; binnenNorm: number }[],
  normSeconden: (kanaal: string) => number,
): KanaalNorm[] {
  return [...tellingen]
    .sort((a, b) => a.kanaal.localeCompare(b.kanaal))
    .map((t) => ({
      kanaal: t.kanaal,
      norm: alsIsoDuur(normSeconden(t.kanaal)),
      afgehandeld: t.afgehandeld,
      binnenNorm: t.binnenNorm,
      percentage: Math.round((t.binnenNorm / t.afgehandeld) * 1000) / 10,
    }));
}
