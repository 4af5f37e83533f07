import { get, request } from '../api/client.ts';
import type { Antwoord } from '../api/types.ts';

/** The bot's draft reply to a citizen's e-mail (GET /api/gesprekken/:id/botconcepten). */
export type BotConcept = Antwoord<'/api/gesprekken/{id}/botconcepten'>['results'][number];

export type Besluit = 'overgenomen' | 'verworpen';

const enc = encodeURIComponent;

export const botConceptApi = {
  /** Newest first. */
  concepten: (gesprekId: string) => get<{ results: BotConcept[] }>(`/api/gesprekken/${enc(gesprekId)}/botconcepten`).then((r) => r.results),
  beoordeel: (id: string, besluit: Besluit) => request<BotConcept>('POST', `/api/botconcepten/${enc(id)}/beoordeling`, { besluit }),
  artikelTitel: (artikelId: string) => get<{ title: string }>(`/api/kennisbank/artikelen/${enc(artikelId)}`).then((a) => a.title),
};
