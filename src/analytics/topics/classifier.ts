import type { Db } from '../../db/transaction.ts';
import { knowledgeRevision, publishedArtikelen, synonymsForMatching } from '../../knowledge/matching-feed.ts';
import { createMatcher, type Matcher } from '../../knowledge/matching/matcher.ts';
import type { KnowledgeArticle, TrainingExample } from '../../knowledge/matching/types.ts';

export interface TopicClassifier {
  matcher: Matcher;
  articles: number;
  examples: number;
  inputs: ClassifierInputs;
}

/**
 * Agents' wrap-up topics as training examples: the contact's text and the article the agent
 * chose (stored as an onderwerpobject of type kennisartikel). A wrap-up with only a category
 * cannot teach the matcher, which learns per article.
 */
export async function wrapUpExamples(db: Db): Promise<TrainingExample[]> {
  const rows = await db
    .selectFrom('onderwerpobject')
    .innerJoin('klantcontact', 'klantcontact.id', 'onderwerpobject.klantcontact_id')
    .select(['klantcontact.inhoud', 'onderwerpobject.object_id'])
    .where('onderwerpobject.code_objecttype', '=', 'kennisartikel')
    .where('klantcontact.hoofd_onderwerp_type', 'is not', null)
    .where('klantcontact.inhoud', 'is not', null)
    .execute();
  return rows.filter((r) => r.inhoud && r.object_id).map((r) => ({ text: r.inhoud!, articleId: r.object_id! }));
}

async function analyticsRevision(db: Db): Promise<number> {
  return Number((await db.selectFrom('analytics_stand').select('revisie').executeTakeFirstOrThrow()).revisie);
}

/** What the classifier is built from; plain data, so a worker thread can build its own copy. */
export interface ClassifierInputs {
  articles: KnowledgeArticle[];
  synonyms: string[][];
  examples: TrainingExample[];
}

export async function classifierInputs(db: Db): Promise<ClassifierInputs> {
  const [articles, synonyms, examples] = await Promise.all([publishedArtikelen(db), synonymsForMatching(db), wrapUpExamples(db)]);
  return { articles, synonyms, examples };
}

export function buildMatcher({ articles, synonyms, examples }: ClassifierInputs): Matcher {
  const matcher = createMatcher(articles, { synonyms });
  if (examples.length > 0) matcher.train(examples);
  return matcher;
}

async function build(db: Db): Promise<TopicClassifier> {
  const inputs = await classifierInputs(db);
  const matcher = buildMatcher(inputs);
  // Over a large kennisbank this takes seconds: in slices, so the node's sockets and requests go on.
  await matcher.prepare('onderwerpen');
  return { matcher, articles: inputs.articles.length, examples: inputs.examples.length, inputs };
}

const cache = new WeakMap<Db, { revision: string; classifier: Promise<TopicClassifier> }>();

/**
 * The topic classifier over the published artikelen, trained with the wrap-up topics as of the
 * last retrain. Rebuilt when the kennisbank changes or a retrain bumps analytics_stand, on
 * every node. Pass the application's db, not a transaction (it is the cache key).
 */
export async function topicClassifier(db: Db): Promise<TopicClassifier> {
  const revision = `${await knowledgeRevision(db)}:${await analyticsRevision(db)}`;
  const cached = cache.get(db);
  if (cached?.revision === revision) return cached.classifier;
  const classifier = build(db);
  cache.set(db, { revision, classifier });
  classifier.catch(() => cache.delete(db));
  return classifier;
}

/** Rebuilds the classifier with every wrap-up topic so far, on every node. */
export async function retrainClassifier(db: Db): Promise<{ articles: number; examples: number }> {
  await db
    .updateTable('analytics_stand')
    .set((eb) => ({ revisie: eb('revisie', '+', 1) }))
    .execute();
  const { articles, examples } = await topicClassifier(db);
  return { articles, examples };
}
