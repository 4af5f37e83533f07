import { onderwerpHerkenner, opgeslagenOnderwerp } from '../topics/topics.service.ts';
import type { Db } from '../../db/transaction.ts';
import { getPublished } from '../../knowledge/articles.service.ts';
import { questionText } from '../../knowledge/matching/question-text.ts';
import { applyRules } from '../../knowledge/matching/rules.ts';
import { searchKnowledge, type SearchResult } from '../../knowledge/search/search.service.ts';

/** How many of the citizen's latest messages count, and how fast older ones fade. */
const MESSAGES = 6;
const DECAY = 0.5;
/**
 * A message whose best article covers less than this (search score 0..1: 0.7 × the share of the
 * message's ideas an article covers, plus text rank) names no topic of its own: "kan ik een
 * medewerker spreken", "hallo?", "dank u" share one word at most with any article. It takes no
 * part, so it does not drag in whatever article shares that word.
 */
const TOPICAL = 0.35;
/**
 * What the bot's rules call a request for a person or small talk ("hallo", "dank u") is about the
 * conversation, not its topic, even when its words occur in some werkinstructie; such a message is
 * left out whole (a mixed "ik wil een medewerker spreken over X" usually has X in another message).
 */
const GEEN_ONDERWERP = new Set(['handoff_request', 'small_talk']);
const PER_MESSAGE = 8;

export interface Kennissuggestie extends SearchResult {
  /** How many of the counted messages pointed at this article. */
  berichten: number;
}

/**
 * Articles and werkinstructies for the whole conversation so far: each of the citizen's latest
 * messages is searched on its own (its letter frame and negated topics removed), the newest counts
 * most and each older one half as much, and messages that match nothing well are left out. The
 * gesprek's subject (an e-mail's or form's) counts as the oldest message. The topic classifier
 * (analytics/topics) adds its detected article per message, trained on agents' wrap-ups, so a
 * topic said in other words than the article's still counts; the topic the pipeline stored for
 * the klantcontact counts after the subject. When the conversation moves to another topic, the
 * new topic's articles rise to the top within a message or two.
 */
export async function kennissuggesties(db: Db, gesprekId: string, limit = 5): Promise<Kennissuggestie[]> {
  const gesprek = await db.selectFrom('gesprek').select(['onderwerp', 'klantcontact_id']).where('id', '=', gesprekId).executeTakeFirst();
  const [herkenner, opgeslagen] = await Promise.all([
    onderwerpHerkenner(db),
    gesprek?.klantcontact_id ? opgeslagenOnderwerp(db, gesprek.klantcontact_id) : undefined,
  ]);
  const berichten = await db
    .selectFrom('bericht')
    .select('inhoud')
    .where('gesprek_id', '=', gesprekId)
    .where('richting', '=', 'inkomend')
    .orderBy('verzonden_op', 'desc')
    .orderBy('id', 'desc')
    .limit(MESSAGES)
    .execute();
  const teksten = berichten.map((b) => (GEEN_ONDERWERP.has(applyRules(b.inhoud) ?? '') ? '' : questionText(b.inhoud)));
  if (gesprek?.onderwerp) teksten.push(gesprek.onderwerp);

  const totals = new Map<string, { result: SearchResult; gewicht: number; berichten: number }>();
  const add = (result: SearchResult, gewicht: number) => {
    const entry = totals.get(result.id) ?? { result, gewicht: 0, berichten: 0 };
    entry.gewicht += gewicht;
    entry.berichten += 1;
    totals.set(result.id, entry);
  };
  let weight = 1;
  for (const tekst of teksten) {
    // Per message an article counts once: by its search score or the classifier's confidence, whichever is higher.
    const bericht = new Map<string, { result?: SearchResult; kwadraat: number }>();
    const results = tekst.trim() ? await searchKnowledge(db, { q: tekst.slice(0, 200), limit: PER_MESSAGE, internal: true }) : [];
    if ((results[0]?.score ?? 0) >= TOPICAL) for (const result of results) bericht.set(result.id, { result, kwadraat: result.score ** 2 });
    const guess = tekst.trim() ? herkenner.classify(tekst) : undefined;
    if (guess?.articleId) {
      const found = bericht.get(guess.articleId);
      bericht.set(guess.articleId, { ...found, kwadraat: Math.max(found?.kwadraat ?? 0, guess.confidence ** 2) });
    }
    for (const [id, { result, kwadraat }] of bericht) {
      const known = result ?? totals.get(id)?.result ?? (await gepubliceerd(db, id));
      if (known) add(known, weight * kwadraat);
    }
    weight *= DECAY;
  }
  if (opgeslagen?.artikelId) {
    const known = totals.get(opgeslagen.artikelId)?.result ?? (await gepubliceerd(db, opgeslagen.artikelId));
    if (known) add(known, weight * opgeslagen.zekerheid ** 2);
  }
  return [...totals.values()]
    .sort((a, b) => b.gewicht - a.gewicht || a.result.title.localeCompare(b.result.title, 'nl'))
    .slice(0, limit)
    .map(({ result, gewicht, berichten: n }) => ({ ...result, score: Math.round(gewicht * 1000) / 1000, berichten: n }));
}

/** A detected article as a suggestion, unless it was withdrawn since the classifier learned it. */
async function gepubliceerd(db: Db, id: string): Promise<SearchResult | undefined> {
  const artikel = await getPublished(db, id, true).catch(() => undefined);
  return artikel && { id: artikel.id, title: artikel.title, summary: artikel.summary, score: 0 };
}
