import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord, Invoer } from '../../api/types.ts';

export type Servicenormen = Antwoord<'/api/beheer/servicenormen'>;
export type Servicenorm = Servicenormen['kanalen'][number];
export type NormWijziging = Invoer<'/api/beheer/servicenormen/{kanaal}', 'put'>;
export type Bewaarregel = Antwoord<'/api/beheer/bewaartermijnen'>['results'][number];

export const termijnenQueries = {
  servicenormen: () => queryOptions({ queryKey: keys.servicenormen(), queryFn: () => get<Servicenormen>('/api/beheer/servicenormen') }),
  bewaartermijnen: () =>
    queryOptions({
      queryKey: keys.bewaartermijnen(),
      queryFn: () => get<Antwoord<'/api/beheer/bewaartermijnen'>>('/api/beheer/bewaartermijnen').then((r) => r.results),
    }),
};

export const termijnenApi = {
  wijzigNorm: (kanaal: string, invoer: NormWijziging) =>
    request<Servicenorm>('PUT', `/api/beheer/servicenormen/${encodeURIComponent(kanaal)}`, invoer),
};

/** A norm in words: 30 → "30 seconden", 5400 → "1 uur 30 minuten", 259200 → "72 uur". */
export function duur(
  seconden: number,
  eenheden: { uur: (n: number) => string; minuut: (n: number) => string; seconde: (n: number) => string },
) {
  const delen = [];
  const h = Math.floor(seconden / 3600);
  const m = Math.floor((seconden % 3600) / 60);
  const s = seconden % 60;
  if (h) delen.push(eenheden.uur(h));
  if (m) delen.push(eenheden.minuut(m));
  if (s || seconden === 0) delen.push(eenheden.seconde(s));
  return delen.join(' ');
}
