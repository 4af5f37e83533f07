import type { Db } from '../db/transaction.ts';
import { knowledgeRevision, publishedArtikelen, synonymsForMatching } from '../knowledge/matching-feed.ts';
import { createMatcher, type Matcher } from '../knowledge/matching/matcher.ts';
import type { KnowledgeArticle } from '../knowledge/matching/types.ts';
import { listExamples, trainingRevision } from './bot.queries.ts';

export interface BotIndex {
  matcher: Matcher;
  articles: ReadonlyMap<string, KnowledgeArticle>;
  examples: number;
}

interface Entry {
  revision: string;
  index: Promise<BotIndex>;
}

/**
 * The bot's in-memory matcher over the published artikelen, with the synonyms of the
 * redacteuren and the training examples. It is rebuilt when the kennisbank's revision (bumped on
 * publication, archiving and synonym changes) or the bot's training revision (bumped by a
 * retrain) changes: both live in the database, so every Loket node and a retrain from the CLI
 * are noticed. Keyed by the database handle: pass the application's db, not a transaction.
 */
const indexes = new WeakMap<Db, Entry>();

export async function botIndex(db: Db): Promise<BotIndex> {
  const [kennis, training] = await Promise.all([knowledgeRevision(db), trainingRevision(db)]);
  const revision = `${kennis}:${training}`;
  const cached = indexes.get(db);
  if (cached?.revision === revision) return cached.index;
  const index = buildIndex(db);
  indexes.set(db, { revision, index });
  index.catch(() => indexes.delete(db));
  return index;
}

async function buildIndex(db: Db): Promise<BotIndex> {
  const [articles, synonyms, examples] = await Promise.all([publishedArtikelen(db), synonymsForMatching(db), listExamples(db)]);
  const matcher = createMatcher(articles, { synonyms });
  if (examples.length > 0) matcher.train(examples.map((e) => ({ text: e.tekst, articleId: e.artikel_id })));
  // Over a large kennisbank this takes seconds: in slices, so the node's sockets and requests go on.
  await matcher.prepare('antwoorden');
  return { matcher, articles: new Map(articles.map((a) => [a.id, a])), examples: examples.length };
}
