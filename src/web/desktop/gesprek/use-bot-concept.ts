import { keys, useInvalidate, useQuery, useQueryClient } from '../api/query.ts';
import { useRealtime } from '../api/realtime.tsx';
import { botConceptApi, type BotConcept } from './bot-concept-api.ts';

/** The realtime event the server sends when the bot leaves a draft (src/bot/email-concept.ts). */
const BOT_CONCEPT = 'bot.concept';

export interface OpenConcept extends BotConcept {
  /** Null when the article cannot be read (unpublished since): the panel then names its id. */
  artikelTitel: string | null;
}

async function newestOpen(gesprekId: string): Promise<OpenConcept | null> {
  const open = (await botConceptApi.concepten(gesprekId)).find((c) => c.status === 'open');
  if (!open) return null;
  return { ...open, artikelTitel: await botConceptApi.artikelTitel(open.artikelId).catch(() => null) };
}

/**
 * The bot's newest open draft for this gesprek, read again whenever the bot leaves a new one.
 * `gone` hides the draft at once (it was judged) and reads the list again for an older open one.
 */
export function useBotConcept(gesprekId: string): { concept: OpenConcept | null; gone: () => void } {
  const key = keys.botConcept(gesprekId);
  const { data } = useQuery({ queryKey: key, queryFn: () => newestOpen(gesprekId) });
  const client = useQueryClient();
  const invalidate = useInvalidate();
  useRealtime((event) => {
    if (event.type === BOT_CONCEPT && event.data.gesprekId === gesprekId) void invalidate(key);
  });
  return {
    concept: data ?? null,
    gone: () => {
      client.setQueryData(key, null);
      void invalidate(key);
    },
  };
}
