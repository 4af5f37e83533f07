import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { databaseRefusal, refusalMessage } from './database-errors.ts';

export type Language = 'nl' | 'en';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error with a stable code, an HTTP status and a message in Dutch and English. */
export class LoketError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly messages: Record<Language, string>,
    readonly fields: FieldProblem[] = [],
  ) {
    super(messages.en);
    this.name = 'LoketError';
  }
}

/**
 * Declares one coded error. Each domain declares its own next to its service, so there is no
 * global list that every feature appends to.
 */
export function defineError(code: string, statusCode: number, nl: string, en: string) {
  const create = (fields: FieldProblem[] = []) => new LoketError(code, statusCode, { nl, en }, fields);
  return Object.assign(create, { code, statusCode });
}

export const ValidationFailed = (fields: FieldProblem[]) => {
  const list = fields.map((f) => f.field).join(', ');
  return new LoketError(
    'LOKET_VALIDATION_FAILED',
    400,
    {
      nl: `Ongeldige invoer in: ${list}`,
      en: `Invalid input in: ${list}`,
    },
    fields,
  );
};
export const Unauthenticated = defineError('LOKET_UNAUTHENTICATED', 401, 'Log eerst in.', 'Please log in first.');
export const Forbidden = defineError(
  'LOKET_FORBIDDEN',
  403,
  'U heeft geen rechten voor deze handeling.',
  'You are not allowed to do this.',
);
export const RouteNotFound = defineError(
  'LOKET_ROUTE_NOT_FOUND',
  404,
  'Deze pagina of API-route bestaat niet.',
  'No such page or API route.',
);
const InternalError = defineError(
  'LOKET_INTERNAL_ERROR',
  500,
  'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  'Something went wrong on our side. Please try again later.',
);

export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'nl';
}

/** Maps Fastify's own errors (bad JSON, body too large, ...) onto coded Loket errors. */
function fromFastifyError(error: FastifyError): LoketError {
  if (error.validation) {
    return ValidationFailed(
      error.validation.map((v) => {
        const missing = v.params && 'missingProperty' in v.params ? `/${String(v.params.missingProperty)}` : '';
        const extra = v.params && 'additionalProperty' in v.params ? `/${String(v.params.additionalProperty)}` : '';
        const path = `${error.validationContext ?? 'body'}${v.instancePath}${missing}${extra}`;
        return { field: path.replace(/\//g, '.'), message: v.message ?? 'invalid' };
      }),
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) return InternalError();
  const code = `LOKET_${(error.code ?? 'BAD_REQUEST').replace(/^FST_ERR_/, '')}`;
  const messages: Record<number, [string, string]> = {
    400: ['Het verzoek kon niet worden gelezen.', 'The request could not be read.'],
    413: ['Het verzoek is te groot.', 'The request is too large.'],
    415: ['Dit inhoudstype wordt niet ondersteund.', 'This content type is not supported.'],
    429: ['Te veel verzoeken; probeer het zo opnieuw.', 'Too many requests; please try again shortly.'],
  };
  const [nl, en] = messages[status] ?? [error.message, error.message];
  return new LoketError(code, status, { nl, en: status === 400 ? `${en} ${error.message}` : en });
}

/** A value PostgreSQL refused (see database-errors.ts): 400, naming the column when known. */
function fromDatabaseError(error: unknown): LoketError | undefined {
  const refusal = databaseRefusal(error);
  if (!refusal) return undefined;
  const [nl, en] = refusalMessage(refusal);
  const what = refusal.column ?? 'invoer';
  return new LoketError(
    'LOKET_WAARDE_GEWEIGERD',
    400,
    { nl: `Ongeldige invoer: ${what} ${nl}.`, en: `Invalid input: ${refusal.column ?? 'input'} ${en}.` },
    refusal.column ? [{ field: refusal.column, message: nl }] : [],
  );
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | LoketError, request, reply) => {
    const refused = error instanceof LoketError ? undefined : fromDatabaseError(error);
    // Logged, so the domain that let the value through can learn to name it itself.
    if (refused) request.log.warn({ err: error }, 'database refused a value');
    const loketError = error instanceof LoketError ? error : (refused ?? fromFastifyError(error as FastifyError));
    if (loketError.statusCode >= 500) request.log.error({ err: error }, 'unhandled error');
    const language = requestLanguage(request);
    const body: { error: { code: string; message: string; fields?: FieldProblem[] } } = {
      error: { code: loketError.code, message: loketError.messages[language] },
    };
    if (loketError.fields.length > 0) body.error.fields = loketError.fields;
    return reply.status(loketError.statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const error = RouteNotFound();
    return reply.status(404).send({ error: { code: error.code, message: error.messages[requestLanguage(request)] } });
  });
}
