/**
 * Call-back slots within a team's weekly opening hours: never on a Dutch public holiday (no slot
 * on Christmas Day), in local time of the zone. Unlike a deadline, a slot whose wall time does
 * not exist (the night the clocks go forward) is skipped rather than moved.
 */
import { TIJDZONE } from '../platform/local-day.ts';
import type { Weekrooster } from '../platform/weekrooster.ts';
import type { FeestdagOpties } from '../config.ts';
import { feestdagen, STANDAARD_FEESTDAGEN } from './feestdagen.ts';
import { isoDatum, lokaleDatum, plusDagen, weekdag, type Datum } from './wandtijd.ts';

export { TIJDZONE };

export interface Tijdvak {
  begin: string;
  eind: string;
}

export interface TijdvakOpties {
  /** How many days with at least one free slot to offer. */
  workingDays?: number;
  lengthMinutes?: number;
  zone?: string;
  feestdagen?: FeestdagOpties;
}

/** The instant of a wall-clock time in the zone (corrects by the offset at that instant), or null when that time does not exist there. */
function zonedToUtc(d: Datum, minuut: number, zone: string): Date | null {
  const guess = Date.UTC(d.jaar, d.maand - 1, d.dag, 0, minuut);
  const offset = (at: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      })
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

/** Slots of `lengthMinutes` that start after `now`, on the next `workingDays` days that still have one. */
export function tijdvakken(rooster: Weekrooster, now: Date, options: TijdvakOpties = {}): Tijdvak[] {
  const { workingDays = 5, lengthMinutes = 30, zone = TIJDZONE, feestdagen: feestdagOpties = STANDAARD_FEESTDAGEN } = options;
  const slots: Tijdvak[] = [];
  const today = lokaleDatum(now, zone);
  let daysWithSlots = 0;
  for (let offset = 0; offset < 60 && daysWithSlots < workingDays; offset++) {
    const date = plusDagen(today, offset);
    if (feestdagen(date.jaar, feestdagOpties).has(isoDatum(date))) continue;
    let found = false;
    for (const { van, tot } of rooster[weekdag(date)] ?? []) {
      for (let start = van; start + lengthMinutes <= tot; start += lengthMinutes) {
        const begin = zonedToUtc(date, start, zone);
        if (!begin || begin <= now) continue;
        slots.push({ begin: begin.toISOString(), eind: new Date(begin.getTime() + lengthMinutes * 60_000).toISOString() });
        found = true;
      }
    }
    if (found) daysWithSlots++;
  }
  return slots.sort((a, b) => a.begin.localeCompare(b.begin));
}
