import { botBronUit, botZekerheid, type BotBron } from '../../../contract/bot-bron.ts';
import type { Bericht } from '../api/types.ts';

/** The article a bot answer came from and how sure the bot was; null for any other message. */
export function botBronVan(bericht: Pick<Bericht, 'richting' | 'metadata'>): BotBron | null {
  return bericht.richting === 'uitgaand' ? botBronUit(bericht.metadata?.bot) : null;
}

interface BotBronTeksten {
  zekerheid: (procent: number, woorden: string) => string;
  niveau: Record<ReturnType<typeof botZekerheid>, string>;
}

/** "zekerheid 96% (zeer zeker)": the number for the agent, the words as the citizen saw them. */
export function zekerheidTekst(t: BotBronTeksten, bron: BotBron): string {
  return t.zekerheid(Math.round(bron.zekerheid * 100), t.niveau[botZekerheid(bron.zekerheid)]);
}
