import type { Db } from '../db/transaction.ts';
import { botIndex } from './bot-index.ts';
import { questionsToCoach } from './bot.queries.ts';
import { maskForReading } from '../platform/nl/mask-personal-data.ts';
import { clusterTexts } from './text-clusters.ts';

export interface CoachingCluster {
  size: number;
  questions: { id: string; text: string; reason: string; askedAt: string }[];
  /** The article the bot found closest to the cluster's first question; a redacteur decides. */
  closestArticle: { articleId: string; title: string; confidence: number } | null;
}

const MAX_QUESTIONS = 1000;
const SHOWN_PER_CLUSTER = 10;

/**
 * "Agents coach the bot": the questions it could not answer (or answered unhelpfully), grouped
 * so that one redacteur action — a new article, a synonym, a training example — fixes a group.
 */
export async function coachingClusters(db: Db, options: { days: number }): Promise<CoachingCluster[]> {
  const since = new Date(Date.now() - options.days * 86_400_000);
  const questions = await questionsToCoach(db, since, MAX_QUESTIONS);
  const { matcher } = await botIndex(db);
  return clusterTexts(questions, (question) => question.tekst).map((cluster) => {
    const seed = cluster.members[0]!;
    const ranking = matcher.rank(seed.tekst, true);
    const best = ranking.candidates[0];
    return {
      size: cluster.members.length,
      questions: cluster.members.slice(0, SHOWN_PER_CLUSTER).map((m) => ({
        id: m.id,
        // A redacteur needs the question, not who asked it.
        text: maskForReading(m.tekst),
        reason: m.reden,
        askedAt: new Date(m.gesteld_op).toISOString(),
      })),
      closestArticle: best
        ? { articleId: best.article.id, title: best.article.title, confidence: Math.round(ranking.confidence * 1000) / 1000 }
        : null,
    };
  });
}
