/**
 * A weekly opening-hours schedule as configuration writes it: "ma-vr 09:00-17:00; za 10:00-12:00"
 * (Dutch day abbreviations, local time). Parsed here, below the domains, so config.ts can read
 * TELEFOON_OPENINGSTIJDEN without importing the phone channel.
 */
export type Weekrooster = Record<number, { van: number; tot: number }[]>;

export const STANDAARD_OPENINGSTIJDEN = 'ma-vr 09:00-17:00';
const DAGEN = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function days(spec: string): number[] {
  const result = new Set<number>();
  for (const part of spec.split(',')) {
    const [from, to] = part.split('-').map((d) => DAGEN.indexOf(d.trim().toLowerCase()));
    if (from === undefined || from < 0 || (to !== undefined && to < 0))
      throw new Error(`onbekende dag in "${part}" (gebruik ma, di, wo, do, vr, za, zo)`);
    for (let day = from; ; day = (day + 1) % 7) {
      result.add(day);
      if (to === undefined || day === to) break;
    }
  }
  return [...result];
}

/** Parses the schedule; throws an Error naming the problem (config.ts turns it into a ConfigError). */
export function parseOpeningstijden(text: string): Weekrooster {
  const rooster: Weekrooster = {};
  for (const entry of text
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^(\S+)\s+([0-2]\d:[0-5]\d)-([0-2]\d:[0-5]\d)$/.exec(entry);
    if (!match) throw new Error(`"${entry}" is geen regel als "ma-vr 09:00-17:00"`);
    const van = minutes(match[2]!);
    const tot = minutes(match[3]!);
    if (tot <= van || tot > 24 * 60) throw new Error(`in "${entry}" ligt het einde niet na het begin`);
    for (const day of days(match[1]!)) (rooster[day] ??= []).push({ van, tot });
  }
  if (Object.keys(rooster).length === 0) throw new Error('geen openingstijden');
  return rooster;
}
