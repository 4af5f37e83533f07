import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord, Invoer } from '../../api/types.ts';

/** An API token as listed (GET /api/api-tokens): never its key, which is shown once on creation. */
export type ApiToken = Antwoord<'/api/api-tokens'>['results'][number];
export type NieuwToken = Invoer<'/api/api-tokens'>;
export type GemaaktToken = Antwoord<'/api/api-tokens', 'post'>;

/** The roles a token can act with: every role, including `gebeurtenisbron` for event sources. */
export const TOKEN_ROLLEN = ['kcc', 'backoffice', 'teamleider', 'redacteur', 'beheerder', 'gebeurtenisbron'] as const;

export const apiTokensApi = {
  lijst: () => get<Antwoord<'/api/api-tokens'>>('/api/api-tokens').then((r) => r.results),
  maak: (invoer: NieuwToken) => request<GemaaktToken>('POST', '/api/api-tokens', invoer),
  trekIn: (id: string) => request<void>('DELETE', `/api/api-tokens/${encodeURIComponent(id)}`),
};

export const apiTokensQueries = {
  lijst: () => queryOptions({ queryKey: keys.apiTokens(), queryFn: apiTokensApi.lijst }),
};
