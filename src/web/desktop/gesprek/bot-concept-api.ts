import { get, request } from '../api/client.ts';

/** The bot's draft reply to a citizen's e-mail; mirrors BotConceptResponse in src/bot/bot.schemas.ts. */
export interface BotConcept {
  id: string;
  gesprekId: string;
  berichtId: string;
  artikelId: string;
  tekst: string;
  zekerheid: number;
  status: 'open' | 'overgenomen' | 'verworpen';
  aangemaaktOp: string;
}

export type Besluit = 'overgenomen' | 'verworpen';

const enc = encodeURIComponent;

export const botConceptApi = {
  /** Newest first. */
  concepten: (gesprekId: string) => get<{ results: BotConcept[] }>(`/api/gesprekken/${enc(gesprekId)}/botconcepten`).then((r) => r.results),
  beoordeel: (id: string, besluit: Besluit) => request<BotConcept>('POST', `/api/botconcepten/${enc(id)}/beoordeling`, { besluit }),
  artikelTitel: (artikelId: string) => get<{ title: string }>(`/api/kennisbank/artikelen/${enc(artikelId)}`).then((a) => a.title),
};
