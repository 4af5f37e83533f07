import { Type, type Static } from 'typebox';
import Value from 'typebox/value';

/** Frames the widget sends over its socket. The token comes in the first frame, not the URL, to stay out of logs. */
export const ClientFrame = Type.Union([
  Type.Object({ type: Type.Literal('aanmelden'), token: Type.String({ minLength: 10, maxLength: 200 }) }),
  Type.Object({
    type: Type.Literal('bericht'),
    clientId: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
    tekst: Type.String({ minLength: 1, maxLength: 4000 }),
  }),
  Type.Object({ type: Type.Literal('typen') }),
  Type.Object({ type: Type.Literal('hervat') }),
]);
export type ClientFrame = Static<typeof ClientFrame>;

export function parseClientFrame(raw: string): ClientFrame | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return Value.Check(ClientFrame, data) ? (data as ClientFrame) : undefined;
}
