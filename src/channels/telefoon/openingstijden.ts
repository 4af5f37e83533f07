/**
 * Opening hours of the phone team as a simple weekly schedule, and the call-back slots offered
 * within them. Written like "ma-vr 09:00-17:00; za 10:00-12:00" (Dutch day abbreviations), in
 * local time of Europe/Amsterdam.
 */
import { TIJDZONE } from '../../platform/local-day.ts';

export { TIJDZONE };
export { parseOpeningstijden, STANDAARD_OPENINGSTIJDEN, type Weekrooster } from '../../platform/weekrooster.ts';
import type { Weekrooster } from '../../platform/weekrooster.ts';

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
