import { useRealtime } from '../api/realtime.tsx';
import { useLoad } from '../api/use-load.ts';
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
  const [load, reload, update] = useLoad(() => newestOpen(gesprekId), [gesprekId]);
  useRealtime((event) => {
    if (event.type === BOT_CONCEPT && event.data.gesprekId === gesprekId) reload();
  });
  return {
    concept: load.state === 'klaar' ? load.data : null,
    gone: () => {
      update(() => null);
      reload();
    },
  };
}
