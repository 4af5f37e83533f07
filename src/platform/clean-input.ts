import type { FastifyInstance } from 'fastify';

/**
 * Text that PostgreSQL cannot store: NUL (refused in text and jsonb) and lone UTF-16 surrogates
 * (JSON.stringify writes them as `\ud800` escapes, which jsonb refuses). Input is cleaned once,
 * where it enters Loket, so a citizen's message with such a character is stored, not lost to a 500.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with each NUL and lone surrogate replaced by U+FFFD (the replacement character). */
export function cleanText(text: string): string {
  return text.replace(UNSTORABLE, '\ufffd');
}

// Buffers, Dates and the like pass as they are: only what JSON or a form can carry is cleaned.
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!value || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Cleans every string (keys included) in a parsed JSON or form value; other values pass. */
export function cleanInput<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanInput(item)) as T;
  if (isPlainObject(value)) {
    const cleaned: Record<string, unknown> = {};
    // defineProperty, so a key named __proto__ stays a key and never becomes the prototype.
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(cleaned, cleanText(key), { value: cleanInput(item), enumerable: true, writable: true, configurable: true });
    return cleaned as T;
  }
  return value;
}

/**
 * Cleans parsed bodies, query strings and path parameters of every route before validation.
 * Raw bodies (Buffers: signed webhooks) are left alone: their signature is over the exact bytes,
 * so the channel verifies first and the inbound pipeline cleans what it stores.
 */
export function registerInputCleaning(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined && request.body !== null) request.body = cleanInput(request.body);
    if (request.query && typeof request.query === 'object') request.query = cleanInput(request.query);
    if (request.params && typeof request.params === 'object') request.params = cleanInput(request.params);
  });
}
