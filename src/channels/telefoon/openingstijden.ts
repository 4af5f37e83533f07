/**
 * Opening hours of the phone team as a simple weekly schedule, and the call-back slots offered
 * within them. Written like "ma-vr 09:00-17:00; za 10:00-12:00" (Dutch day abbreviations), in
 * local time of Europe/Amsterdam.
 */
import { TIJDZONE } from '../../platform/local-day.ts';

export { TIJDZONE };
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
    if (from === undefined || from < 0 || (to !== undefined && to < 0)) throw new Error(`onbekende dag in "${part}" (gebruik ma, di, wo, do, vr, za, zo)`);
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
  for (const entry of text.split(';').map((e) => e.trim()).filter(Boolean)) {
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

/** The UTC instant of a wall-clock time in the zone (DST-safe: corrects by the offset at that instant), or null if that time does not exist there. */
function zonedToUtc(year: number, month: number, day: number, minuteOfDay: number, zone: string): Date | null {
  const guess = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const offset = (at: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
        .formatToParts(new Date(at))
        .map((p) => [p.type, Number(p.value)]),
    ) as Record<string, number>;
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - at;
  };
  const first = guess - offset(guess);
  const instant = guess - offset(first);
  // On the night the clocks go forward, 02:00–03:00 does not exist; it would land on 03:00–04:00
  // and offer those slots twice.
  return instant + offset(instant) === guess ? new Date(instant) : null;
}

function localDate(at: Date, zone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return { year: parts.year!, month: parts.month!, day: parts.day! };
}

export interface Tijdvak {
  begin: string;
  eind: string;
}

/** Slots of `lengthMinutes` that start after `now`, on the next `workingDays` days that still have one. */
export function tijdvakken(rooster: Weekrooster, now: Date, options: { workingDays?: number; lengthMinutes?: number; zone?: string } = {}): Tijdvak[] {
  const { workingDays = 5, lengthMinutes = 30, zone = TIJDZONE } = options;
  const slots: Tijdvak[] = [];
  const today = localDate(now, zone);
  let daysWithSlots = 0;
  for (let offset = 0; offset < 60 && daysWithSlots < workingDays; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const periods = rooster[date.getUTCDay()] ?? [];
    let found = false;
    for (const { van, tot } of periods) {
      for (let start = van; start + lengthMinutes <= tot; start += lengthMinutes) {
        const begin = zonedToUtc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), start, zone);
        if (!begin || begin <= now) continue;
        slots.push({ begin: begin.toISOString(), eind: new Date(begin.getTime() + lengthMinutes * 60_000).toISOString() });
        found = true;
      }
    }
    if (found) daysWithSlots++;
  }
  return slots.sort((a, b) => a.begin.localeCompare(b.begin));
}
