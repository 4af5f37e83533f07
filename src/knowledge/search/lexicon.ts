import type { Db } from '../../db/transaction.ts';
import { knowledgeRevision } from '../publication.ts';
import { synonymKeyGroups, vocabulary } from './search.queries.ts';
import { trigramIndex, type TrigramIndex } from './trigram.ts';

/** What search knows about words before it asks for documents, as of one kennisbank revision. */
export interface Lexicon {
  readonly revision: number;
  /** Words of published articles → in how many published ones (zero once all are gone). */
  readonly known: ReadonlyMap<string, number>;
  /** Synonym key → every key of its groups (itself included), preferred term first. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Typo tolerance: known words with the trigram similarity pg_trgm would give. */
  readonly typos: TrigramIndex;
}

/**
 * The vocabulary and synonyms, held in memory per database handle (pass the application's db,
 * not a transaction) and rebuilt when the kennisbank's revision, bumped on every publication,
 * archiving and synonym change on any node, differs from the one the caller has seen.
 */
const cache = new WeakMap<Db, Promise<Lexicon>>();

/** The cached lexicon, or one built for `revision` when the cache holds another. */
export async function lexicon(db: Db, revision?: number): Promise<Lexicon> {
  const cached = cache.get(db);
  if (cached && (revision === undefined || (await cached).revision === revision)) return cached;
  const built = build(db, revision);
  cache.set(db, built);
  built.catch(() => cache.delete(db));
  return built;
}

async function build(db: Db, revision: number | undefined): Promise<Lexicon> {
  const [current, known, synonyms] = await Promise.all([revision ?? knowledgeRevision(db), vocabulary(db), synonymKeyGroups(db)]);
  return { revision: current, known, synonyms, typos: trigramIndex(known) };
}
