import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { databaseRefusal, refusalMessage } from '../platform/database-errors.ts';
import { LoketError } from '../platform/errors.ts';
import { API_PREFIX } from '../contract/klantinteracties-urls.ts';

/**
 * Errors in the shape of the VNG API's (the "Fout" and "ValidatieFout" of the ZGW common
 * specification, as Open Klant answers): {type, code, title, status, detail, instance} and, for
 * validation, invalidParams [{name, code, reason}] naming the field.
 */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class KiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
    this.name = 'KiError';
  }
}

export function invalid(params: InvalidParam[]): KiError {
  return new KiError(400, 'invalid', 'Invalid input.', params.map((p) => `${p.name}: ${p.reason}`).join('; '), params);
}

export function invalidParam(name: string, code: string, reason: string): KiError {
  return invalid([{ name, code, reason }]);
}

export function notFound(detail = 'Niet gevonden.'): KiError {
  return new KiError(404, 'not_found', 'Niet gevonden.', detail);
}

const KEYWORD_CODES: Record<string, string> = {
  required: 'required',
  enum: 'invalid_choice',
  maxLength: 'max_length',
  minLength: 'min_length',
  maxItems: 'max_length',
  minimum: 'min_value',
  maximum: 'max_value',
  type: 'invalid',
  format: 'invalid',
  pattern: 'invalid',
};

const TYPE_NAMES: Record<number, string> = {
  400: 'ValidationError',
  401: 'NotAuthenticated',
  403: 'PermissionDenied',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  500: 'APIException',
};
const LOKET_CODES: Record<number, [string, string]> = {
  401: ['not_authenticated', 'Authenticatiegegevens zijn niet opgegeven.'],
  403: ['permission_denied', 'U heeft geen toestemming om deze actie uit te voeren.'],
  404: ['not_found', 'Niet gevonden.'],
  409: ['conflict', 'Conflict.'],
};

function fromValidation(error: FastifyError): KiError {
  const params = (error.validation ?? []).map((v) => {
    const missing = v.params && 'missingProperty' in v.params ? `/${String(v.params.missingProperty)}` : '';
    const path = `${v.instancePath}${missing}`.replace(/^\//, '').replace(/\//g, '.');
    return { name: path || 'nonFieldErrors', code: KEYWORD_CODES[v.keyword] ?? 'invalid', reason: v.message ?? 'ongeldig' };
  });
  return invalid(params);
}

function fromDatabase(error: { code?: unknown; constraint?: unknown; detail?: unknown }): KiError | undefined {
  if (error.code === '23505') return invalidParam('nonFieldErrors', 'unique', `Bestaat al (${String(error.constraint ?? 'uniek')}).`);
  if (error.code === '23503') return invalidParam('nonFieldErrors', 'protected', 'Er verwijzen nog andere gegevens naar dit object.');
  const refusal = databaseRefusal(error);
  return refusal ? invalidParam(refusal.column ?? 'nonFieldErrors', 'invalid', refusalMessage(refusal)[0]) : undefined;
}

function toKiError(error: unknown): KiError {
  if (error instanceof KiError) return error;
  if (error instanceof LoketError) {
    if (error.fields.length > 0)
      return invalid(error.fields.map((f) => ({ name: f.field.replace(/^body\./, ''), code: 'invalid', reason: f.message })));
    const [code, title] = LOKET_CODES[error.statusCode] ?? ['invalid', error.messages.nl];
    return new KiError(error.statusCode, code, title, error.messages.nl);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return fromValidation(fastifyError);
  const database = fromDatabase(error as { code?: unknown });
  if (database) return database;
  const status = fastifyError.statusCode ?? 500;
  if (status < 500) return new KiError(status, 'parse_error', 'Het verzoek kon niet worden gelezen.', fastifyError.message);
  return new KiError(500, 'error', 'Er ging iets mis aan onze kant.', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
}

export function foutBody(error: KiError, request: FastifyRequest, base: string) {
  return {
    type: `${base}${API_PREFIX}/ref/fouten/${TYPE_NAMES[error.status] ?? 'APIException'}/`,
    code: error.code,
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance: `urn:uuid:${request.id}`,
    ...(error.invalidParams ? { invalidParams: error.invalidParams } : {}),
  };
}

/** Answers every error under the API's prefix as Fout/ValidatieFout instead of Loket's own shape. */
export function registerKiErrorHandling(scope: FastifyInstance, publicUrl: string): void {
  scope.setErrorHandler((error, request, reply) => {
    const kiError = toKiError(error);
    if (kiError.status >= 500) request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(kiError.status)
      .type('application/problem+json')
      .send(foutBody(kiError, request, publicUrl));
  });
  scope.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send(foutBody(notFound(), request, publicUrl)),
  );
}
