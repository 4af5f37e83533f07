import { kanaalSpec } from '../../../contract/kanalen.ts';
import type { Kanaalgrenzen } from '../api/types.ts';

export type Venster =
  | { staat: 'geen' }
  | { staat: 'open'; sluitOp: string; secondenOver: number }
  /** `sjablonen`: WhatsApp still takes approved templates; Messenger and Instagram take nothing. */
  | { staat: 'dicht'; sinds: string | null; sjablonen: boolean };

/**
 * The reply window as it stands now. The server's answer is a snapshot: a window that was open
 * when it was read closes on screen when its time runs out, without asking again.
 */
export function venster(grenzen: Kanaalgrenzen, now: number): Venster {
  const sluitOp = grenzen.vensterSluitOp;
  if (grenzen.vensterOpen && sluitOp === null) return { staat: 'geen' };
  const over = sluitOp === null ? 0 : Math.floor((Date.parse(sluitOp) - now) / 1000);
  if (grenzen.vensterOpen && sluitOp !== null && over > 0) return { staat: 'open', sluitOp, secondenOver: over };
  return { staat: 'dicht', sinds: sluitOp, sjablonen: kanaalSpec(grenzen.kanaal).sjablonenBuitenVenster };
}

/** Characters left in one message on this channel; negative when over; null when it has no limit. */
export function tekensOver(grenzen: Kanaalgrenzen | undefined, tekst: string): number | null {
  if (!grenzen?.maxLengte) return null;
  // Counted as the WhatsApp adapter counts before it refuses a reply (UTF-16 units).
  return grenzen.maxLengte - tekst.length;
}

/** Whether a reply can carry a file as a link (WhatsApp: POST /api/gesprekken/:id/media). */
export const bijlagePerLink = (kanaal: string) => kanaalSpec(kanaal).bijlagen === 'link';

/** Why an answer (not a note) cannot go now, or undefined when it can. */
export function antwoordGeblokkeerd(grenzen: Kanaalgrenzen | undefined, tekst: string, now: number): 'venster' | 'te-lang' | undefined {
  if (!grenzen) return undefined;
  if (venster(grenzen, now).staat === 'dicht') return 'venster';
  const over = tekensOver(grenzen, tekst.trim());
  return over !== null && over < 0 ? 'te-lang' : undefined;
}
