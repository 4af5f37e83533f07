/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more, counted after JSON escaping in
 * UTF-8: one control character becomes six bytes (`\u0001`), a Chinese character three. An event
 * that is too large must not fail the transaction it rides in (a citizen's message would then
 * never be processed), so strings are shortened until the event fits and the event says so
 * (`ingekort`); receivers fetch the whole object by its id.
 */
export const MAX_PAYLOAD_BYTES = 7500;
const STEPS = [2000, 1000, 400, 100, 40];

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function shorten(value: unknown, max: number): unknown {
  if (typeof value === 'string') return cutText(value, max);
  if (Array.isArray(value)) return value.map((item) => shorten(item, max));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v, max)]));
  return value;
}

/** Only what names things (ids, numbers, flags, short strings) survives the last resort. */
function skeleton(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([, v]) => v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 100),
    ),
  );
}

/** The event as a NOTIFY payload of at most MAX_PAYLOAD_BYTES bytes. */
export function encodeBounded(event: { type: string; data: Record<string, unknown>; audience: unknown }): string {
  const whole = JSON.stringify(event);
  if (bytes(whole) <= MAX_PAYLOAD_BYTES) return whole;
  for (const max of STEPS) {
    const payload = JSON.stringify({ ...event, data: { ...(shorten(event.data, max) as Record<string, unknown>), ingekort: true } });
    if (bytes(payload) <= MAX_PAYLOAD_BYTES) return payload;
  }
  const payload = JSON.stringify({ ...event, data: { ...skeleton(event.data), ingekort: true } });
  if (bytes(payload) <= MAX_PAYLOAD_BYTES) return payload;
  throw new Error(`event ${event.type} too large for NOTIFY even without its content (${bytes(payload)} bytes)`);
}
