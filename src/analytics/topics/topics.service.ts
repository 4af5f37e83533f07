import type { Db } from '../../db/transaction.ts';
import { storedPlacer } from '../gebieden/gebieden.service.ts';
import { assignTopic } from './assign-topic.ts';
import { topicClassifier } from './classifier.ts';
import * as q from './topics.queries.ts';

/** Classifies and places the given klantcontacten and stores (or refreshes) their topics. */
export async function classifyKlantcontacten(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [{ matcher }, placer, sources] = await Promise.all([topicClassifier(db), storedPlacer(db), q.topicSources(db, ids)]);
  await q.upsertTopics(
    db,
    sources.map((s) => assignTopic(s, matcher, placer)),
  );
  return sources.length;
}

/**
 * Catches up: topics for klantcontacten that have none (registered through the API, or a
 * pipeline hook that failed), and agents' wrap-up topics over the classifier's.
 */
export async function catchUpTopics(db: Db, batch = 500): Promise<{ classified: number; agent: number }> {
  let classified = 0;
  for (;;) {
    const ids = await q.klantcontactenWithoutTopic(db, batch);
    classified += await classifyKlantcontacten(db, ids);
    if (ids.length < batch) break;
  }
  return { classified, agent: await q.applyAgentTopics(db) };
}

export function classifyText(db: Db, text: string) {
  return topicClassifier(db).then(({ matcher }) => matcher.classify(text));
}

/** The topic classifier's matcher (cached per kennisbank revision), for callers that classify several texts at once. */
export async function onderwerpHerkenner(db: Db): Promise<{ classify(text: string): { articleId: string | null; confidence: number } }> {
  return (await topicClassifier(db)).matcher;
}

/** The topic the pipeline's 'classificeren' step stored for a klantcontact (or the agent's wrap-up that replaced it). */
export async function opgeslagenOnderwerp(db: Db, klantcontactId: string) {
  return db
    .selectFrom('klantcontact_onderwerp')
    .select(['artikel_id as artikelId', 'zekerheid', 'bron'])
    .where('klantcontact_id', '=', klantcontactId)
    .executeTakeFirst();
}
