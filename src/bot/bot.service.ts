import type { Db } from '../db/transaction.ts';
import { articleExists } from '../knowledge/matching-feed.ts';
import type { AnswerReason, ArticleRef } from '../knowledge/matching/types.ts';
import { UnknownArticle } from './bot.errors.ts';
import { botIndex } from './bot-index.ts';
import * as q from './bot.queries.ts';
import { maskPersonalData } from '../platform/nl/mask-personal-data.ts';

export interface BotReply {
  /** Quote this id when the asker says whether the answer was useful. */
  questionId: string;
  handoff: boolean;
  articleId: string | null;
  /** The article's summary: short enough for chat and WhatsApp. */
  answer: string | null;
  confidence: number;
  alternatives: ArticleRef[];
  reason: AnswerReason;
}

/** Whoever asks for a person gets one, at any moment, however clear the question otherwise is. */
const ASKS_FOR_PERSON = /\b(medewerker|mens|iemand spreken|echt persoon|persoon spreken)\b/i;

/**
 * Answers a citizen's question from the published artikelen, only when sure; otherwise offers
 * choices or hands off to an agent. Every question is logged (masked) with its outcome.
 */
export async function askBot(db: Db, input: { text: string; channel: string }): Promise<BotReply> {
  const { matcher, articles } = await botIndex(db);
  const verdict = ASKS_FOR_PERSON.test(input.text)
    ? { handoff: true, articleId: null, confidence: 0, alternatives: [], reason: 'handoff_request' as const }
    : matcher.answer(input.text);
  const article = verdict.articleId ? articles.get(verdict.articleId) : undefined;
  const questionId = await q.insertQuestion(db, {
    kanaal: input.channel,
    tekst: maskPersonalData(input.text),
    uitkomst: verdict.handoff ? 'doorverbonden' : article ? 'beantwoord' : 'keuze',
    reden: verdict.reason,
    artikel_id: article?.id ?? null,
    zekerheid: verdict.confidence,
  });
  return {
    questionId,
    handoff: verdict.handoff,
    articleId: article?.id ?? null,
    answer: article?.summary ?? null,
    confidence: Math.round(verdict.confidence * 1000) / 1000,
    alternatives: [...verdict.alternatives],
    reason: verdict.reason,
  };
}

export type ExampleSource = 'afronding' | 'feedback' | 'coaching';

/**
 * A question known to be answered by an article: an agent's wrap-up topic, a useful bot answer
 * or a redacteur's coaching. It is used from the next retrain (or publication) on.
 */
export async function addTrainingExample(db: Db, input: { text: string; articleId: string; source: ExampleSource }): Promise<boolean> {
  if (!(await articleExists(db, input.articleId))) throw UnknownArticle();
  const tekst = maskPersonalData(input.text).trim().slice(0, 1000);
  if (!tekst) return false;
  return q.insertExample(db, { tekst, artikel_id: input.articleId, bron: input.source });
}

/**
 * "Was dit antwoord nuttig?" Stored always; a "yes" on an answer the bot really gave becomes a
 * training example. Feedback without a logged question does not train: anyone can post it.
 */
export async function giveFeedback(
  db: Db,
  input: { questionId?: string | undefined; text?: string | undefined; articleId: string; useful: boolean },
): Promise<void> {
  const question = input.questionId ? await q.findQuestion(db, input.questionId) : undefined;
  const tekst = question?.tekst ?? maskPersonalData(input.text ?? '').slice(0, 1000);
  await q.insertFeedback(db, { vraag_id: question?.id ?? null, artikel_id: input.articleId, tekst, nuttig: input.useful });
  if (input.useful && question?.artikel_id === input.articleId) {
    await addTrainingExample(db, { text: question.tekst, articleId: input.articleId, source: 'feedback' });
  }
}

/**
 * "Was dit antwoord nuttig?" under a bot answer in the chat widget: once per answer (the first
 * verdict stands, so clicking twice cannot tip the coaching list). A "no" lands in the coaching
 * list of questions to review; a "yes" on the article the bot chose trains like giveFeedback.
 */
export async function giveAnswerFeedback(
  db: Db,
  input: { berichtId: string; questionId: string | null; articleId: string; useful: boolean },
): Promise<{ nieuw: boolean; nuttig: boolean }> {
  const question = input.questionId ? await q.findQuestion(db, input.questionId) : undefined;
  const nieuw = await q.insertAnswerFeedback(db, {
    bericht_id: input.berichtId,
    vraag_id: question?.id ?? null,
    artikel_id: input.articleId,
    tekst: question?.tekst ?? '',
    nuttig: input.useful,
  });
  if (!nieuw) return { nieuw, nuttig: (await q.findAnswerFeedback(db, input.berichtId))?.nuttig ?? input.useful };
  if (input.useful && question?.artikel_id === input.articleId) {
    await addTrainingExample(db, { text: question.tekst, articleId: input.articleId, source: 'feedback' });
  }
  return { nieuw, nuttig: input.useful };
}

/** Rebuilds the matcher with all training examples, on every node (through the revision). */
export async function retrainBot(db: Db): Promise<{ articles: number; examples: number }> {
  await q.bumpTrainingRevision(db);
  const index = await botIndex(db);
  return { articles: index.articles.size, examples: index.examples };
}

/** The actor (soort geautomatiseerde_actor) that the bot's messages are attributed to. */
export async function botActor(db: Db): Promise<{ id: string; naam: string }> {
  const actor = await q.findBotActor(db);
  if (!actor) throw new Error('the Loket-bot actor is missing; run the migrations');
  return actor;
}
