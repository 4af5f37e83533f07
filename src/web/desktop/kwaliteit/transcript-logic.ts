import type { Segment, Vlag } from './kwaliteit-api.ts';
import { locale } from './kwaliteit-logic.ts';

type Onthulling = Extract<Vlag, { soort: 'onthulling' }>;

/** One line of the drill-down: a segment with its findings, or the silence after it. */
export type TranscriptItem =
  | { soort: 'segment'; segment: Segment; onthullingen: Onthulling[]; zinnen: string[]; geverifieerd: boolean }
  | { soort: 'stilte'; naSegment: number; seconden: number; artikelId: string | null };

/** The transcript in reading order, with each silence as its own line after the segment it follows. */
export function transcriptItems(segmenten: readonly Segment[]): TranscriptItem[] {
  return segmenten.flatMap((segment): TranscriptItem[] => {
    const onthullingen: Onthulling[] = [];
    const zinnen: string[] = [];
    const stiltes: TranscriptItem[] = [];
    let geverifieerd = false;
    for (const vlag of segment.vlaggen) {
      if (vlag.soort === 'onthulling') onthullingen.push(vlag);
      else if (vlag.soort === 'zin') zinnen.push(vlag.zin);
      else if (vlag.soort === 'geverifieerd') geverifieerd = true;
      else if (vlag.soort === 'stilte_na')
        stiltes.push({ soort: 'stilte', naSegment: segment.index, seconden: vlag.seconden, artikelId: vlag.artikelId });
    }
    return [{ soort: 'segment', segment, onthullingen, zinnen, geverifieerd }, ...stiltes];
  });
}

/** A moment in the call as a clock reading: 0:06, 12:40, 1:02:03. */
export function tijdcode(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A duration in seconds with one decimal, the way the transcript marks a silence: 6.0 → "6,0" in Dutch. */
export function seconden(value: number, lang: string): string {
  return value.toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
