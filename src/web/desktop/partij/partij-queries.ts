import { api } from '../api/client.ts';
import { keys, queryOptions } from '../api/query.ts';

/** The partij's own screen: its details and its timeline, each a resource of its own. */
export const partijQueries = {
  partij: (id: string) => queryOptions({ queryKey: keys.partij(id), queryFn: () => api.partij(id) }),
  tijdlijn: (id: string) => queryOptions({ queryKey: keys.partijTijdlijn(id), queryFn: () => api.tijdlijn(id).then((r) => r.items) }),
};
