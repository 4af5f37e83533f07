import { get } from '../api/client.ts';
import type { Antwoord } from '../api/types.ts';

/** An article or werkinstructie for the conversation so far (GET /api/gesprekken/:id/kennissuggesties). */
export type Kennissuggestie = Antwoord<'/api/gesprekken/{id}/kennissuggesties'>['results'][number];

/** One published article with its body as safe HTML; werkinstructies too for a medewerker. */
export type KennisartikelVolledig = Antwoord<'/api/kennisbank/artikelen/{id}'>;

const enc = encodeURIComponent;

export const kennisApi = {
  suggesties: (gesprekId: string) =>
    get<{ results: Kennissuggestie[] }>(`/api/gesprekken/${enc(gesprekId)}/kennissuggesties`).then((r) => r.results),
  artikel: (id: string) => get<KennisartikelVolledig>(`/api/kennisbank/artikelen/${enc(id)}`),
};
