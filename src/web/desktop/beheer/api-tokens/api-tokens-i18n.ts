import { useI18n } from '../../i18n/i18n.tsx';

/** The api-tokens beheer screen's own strings. English must have every Dutch key and parameter (checked by the type). */
export const apiTokensNl = {
  titel: 'API-tokens',
  start: 'API-tokens voor koppelingen',
};

export type ApiTokensMessages = typeof apiTokensNl;

export const apiTokensEn: ApiTokensMessages = {
  titel: 'API tokens',
  start: 'API tokens for integrations',
};

export function useApiTokensT(): ApiTokensMessages {
  return useI18n().lang === 'en' ? apiTokensEn : apiTokensNl;
}
