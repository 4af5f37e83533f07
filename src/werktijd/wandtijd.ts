/**
 * Wall-clock time in a zone and back, for working-time sums. Unlike the call-back slots (which
 * skip a time that does not exist), a deadline must always land somewhere: a wall time in the
 * spring-forward gap moves on by the gap, and a wall time that occurs twice takes the first.
 */
export interface Datum {
  jaar: number;
  maand: number;
  dag: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(zone: string) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

function parts(at: number, zone: string): Record<string, number> {
  return Object.fromEntries(
    format(zone)
      .formatToParts(new Date(at))
      .map((p) => [p.type, Number(p.value)]),
  );
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offset(at: number, zone: string): number {
  const p = parts(Math.floor(at / 1000) * 1000, zone);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(at / 1000) * 1000;
}

export function lokaleDatum(at: Date, zone: string): Datum {
  const p = parts(at.getTime(), zone);
  return { jaar: p.year!, maand: p.month!, dag: p.day! };
}

/**
 * Working-time sums convert the same opening and closing times of the same days over and over
 * (a year of service norms: a million sums); each conversion costs several Intl calls. Bounded.
 */
const omgerekend = new Map<string, number>();
const MAX_OMGEREKEND = 100_000;

/** The instant of `minuut` minutes after midnight of a local date (minuut may pass 24:00). */
export function wandtijdNaarUtc(d: Datum, minuut: number, zone: string): Date {
  const key = `${zone}|${d.jaar}|${d.maand}|${d.dag}|${minuut}`;
  let ms = omgerekend.get(key);
  if (ms === undefined) {
    ms = naarUtc(Date.UTC(d.jaar, d.maand - 1, d.dag, 0, minuut), zone);
    if (omgerekend.size >= MAX_OMGEREKEND) omgerekend.clear();
    omgerekend.set(key, ms);
  }
  return new Date(ms);
}

function naarUtc(wall: number, zone: string): number {
  const before = offset(wall - 12 * 3_600_000, zone);
  const after = offset(wall + 12 * 3_600_000, zone);
  // First occurrence: try the earlier (larger) offset first; in a gap neither fits and the
  // offset from before the change moves the time on by the gap.
  for (const candidate of [Math.max(before, after), Math.min(before, after)]) {
    if (offset(wall - candidate, zone) === candidate) return wall - candidate;
  }
  return wall - before;
}

export function plusDagen(d: Datum, dagen: number): Datum {
  const x = new Date(Date.UTC(d.jaar, d.maand - 1, d.dag + dagen));
  return { jaar: x.getUTCFullYear(), maand: x.getUTCMonth() + 1, dag: x.getUTCDate() };
}

export const weekdag = (d: Datum) => new Date(Date.UTC(d.jaar, d.maand - 1, d.dag)).getUTCDay();
export const isoDatum = (d: Datum) =>
  `${String(d.jaar).padStart(4, '0')}-${String(d.maand).padStart(2, '0')}-${String(d.dag).padStart(2, '0')}`;
