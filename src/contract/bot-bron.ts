/**
 * Why the bot gave an answer, as the citizen (widget) and the agent (desktop) are shown it: the
 * article it answered from and how sure it was, in words. The confidence is the bot's calibrated
 * estimate that the article is the right one (see src/knowledge/matching/confidence.ts); the bot
 * only answers above its threshold, so the words tell apart "sure" from "very sure".
 */
export type BotZekerheid = 'zeer-zeker' | 'zeker' | 'onzeker';

export interface BotBron {
  readonly artikelId: string;
  readonly titel: string;
  /** The article on the municipality's website (KENNISBANK_ARTIKEL_URL); null when not configured. */
  readonly url: string | null;
  /** 0..1, rounded to three decimals. */
  readonly zekerheid: number;
}

/** At or above this confidence the answer is "very sure". */
const ZEER_ZEKER = 0.98;
/** Below this the bot would not have answered on its own (its threshold is higher). */
const ZEKER = 0.9;

export function botZekerheid(confidence: number): BotZekerheid {
  return confidence >= ZEER_ZEKER ? 'zeer-zeker' : confidence >= ZEKER ? 'zeker' : 'onzeker';
}

/** The bron of a bot answer from a bericht's metadata.bot, or null when the bericht is no bot answer from an article. */
export function botBronUit(bot: unknown): BotBron | null {
  if (typeof bot !== 'object' || bot === null) return null;
  const b = bot as Record<string, unknown>;
  if (typeof b.articleId !== 'string' || typeof b.confidence !== 'number') return null;
  return {
    artikelId: b.articleId,
    titel: typeof b.articleTitle === 'string' ? b.articleTitle : b.articleId,
    url: typeof b.articleUrl === 'string' ? b.articleUrl : null,
    zekerheid: b.confidence,
  };
}
