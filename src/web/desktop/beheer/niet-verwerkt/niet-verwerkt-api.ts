import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord } from '../../api/types.ts';

/** What failed on the way in (src/conversations/): messages not processed and follow-ups that failed. */
export type MisluktBericht = Antwoord<'/api/inkomend/niet-verwerkt'>['results'][number];
export type MisluktVervolg = Antwoord<'/api/inkomend/vervolgstappen/mislukt'>['results'][number];
export type Inlogpogingen = Antwoord<'/api/beheer/inlogpogingen'>;

const enc = encodeURIComponent;

export const nietVerwerktApi = {
  berichten: () => get<Antwoord<'/api/inkomend/niet-verwerkt'>>('/api/inkomend/niet-verwerkt').then((r) => r.results),
  vervolgstappen: () =>
    get<Antwoord<'/api/inkomend/vervolgstappen/mislukt'>>('/api/inkomend/vervolgstappen/mislukt').then((r) => r.results),
  berichtOpnieuw: (id: string) => request<void>('POST', `/api/inkomend/${enc(id)}/opnieuw`, {}),
  vervolgOpnieuw: (id: string) => request<void>('POST', `/api/inkomend/vervolgstappen/${enc(id)}/opnieuw`, {}),
  inlogpogingen: () => get<Inlogpogingen>('/api/beheer/inlogpogingen?limit=50'),
};

export const nietVerwerktQueries = {
  berichten: () => queryOptions({ queryKey: [...keys.nietVerwerkt(), 'berichten'], queryFn: nietVerwerktApi.berichten }),
  vervolgstappen: () => queryOptions({ queryKey: [...keys.nietVerwerkt(), 'vervolgstappen'], queryFn: nietVerwerktApi.vervolgstappen }),
  inlogpogingen: () => queryOptions({ queryKey: keys.inlogpogingen(), queryFn: nietVerwerktApi.inlogpogingen }),
};
