import { DeliveryRefused } from '../../conversations/outbound.ts';

const TIMEOUT_MS = 15_000;

/**
 * Calls a provider's API. A 4xx (other than 408 and 429) means the provider will never take this
 * message, so it is refused for good with the provider's own words; a 5xx, a timeout or a
 * network error is thrown plainly, to be retried with back-off.
 */
export async function callProvider(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new Error(`aanbieder onbereikbaar: ${(error as Error).message}`, { cause: error });
  }
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = { tekst: text.slice(0, 500) };
  }
  if (response.ok) return body;
  const reden = `aanbieder antwoordde ${response.status}: ${providerMessage(body) ?? text.slice(0, 300)}`;
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
    throw new DeliveryRefused(reden);
  throw new Error(reden);
}

/** The error text in Meta's, Twilio's and Bird's error bodies. */
export function providerMessage(body: Record<string, unknown>): string | undefined {
  const error = body.error as { message?: string; code?: number } | undefined;
  if (error?.message) return `${error.message}${error.code ? ` (${error.code})` : ''}`;
  if (typeof body.message === 'string') return `${body.message}${body.code ? ` (${String(body.code)})` : ''}`;
  return undefined;
}

/** A webhook body that should be a JSON object; undefined when it is not. */
export function parseJson(raw: Buffer): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(raw.toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
