import { get, query } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord } from '../../api/types.ts';
import { apiQuery, type Zoekvraag } from './verwerkingen-logic.ts';

/** One processing-log entry in the VNG Verwerkingenlogging field names (src/verwerkingen/). */
export type Verwerking = Antwoord<'/api/verwerkingen'>['results'][number];
export type VerwerkingenPagina = Antwoord<'/api/verwerkingen'>;

export const verwerkingenApi = {
  zoek: (z: Zoekvraag, pagina: number) => get<VerwerkingenPagina>(`/api/verwerkingen${query(apiQuery(z, pagina))}`),
  /** Everything logged about one person (an access request, AVG art. 15), as a JSON download. */
  exportUrl: (partijId: string) => `/api/verwerkingen/export/partij/${encodeURIComponent(partijId.toLowerCase())}`,
};

export const verwerkingenQueries = {
  pagina: (z: Zoekvraag, pagina: number) =>
    queryOptions({ queryKey: keys.verwerkingen({ ...z, pagina }), queryFn: () => verwerkingenApi.zoek(z, pagina) }),
};
