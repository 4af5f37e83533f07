import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { logVerwerking } from '../../platform/verwerkingslog.ts';
import { analyzeTranscript, DEFAULT_SILENCE_SECONDS } from '../transcripts/analyze-transcript.ts';
import { activeZinnen, lockAnalyse, openArtikelen, saveAnalyse, type StoredAnalyse } from './analyse.queries.ts';
import { AnalyseNotPossible } from './analyse.errors.ts';
import type { AnalyseResult } from './analyse-result.ts';
import { alertNewHits } from './alerts.ts';
import { isAnalysable, loadBron, verwerkteObjecten, type Bron } from './bron.ts';

/**
 * A chat's messages are minutes apart where a call's turns are seconds apart; a 5-second gap in a
 * chat is no silence. Two minutes without an answer is where a chat agent is evidently searching.
 */
export const CHAT_SILENCE_SECONDS = 120;

/** The segment index "geverifieerd" was pressed at: the number of segments there were by then. */
function pressedAt(bron: Bron): number | null {
  if (!bron.geverifieerdOp) return null;
  const at = bron.geverifieerdOp.getTime();
  return bron.ontvangen.filter((t) => t.getTime() <= at).length;
}

/** The article on screen when the silence ended: the one the agent spent the silence in, or none. */
function artikelAt(opened: { artikel_id: string | null; geopend_op: Date | string }[], moment: number): string | null {
  let current: string | null = null;
  for (const o of opened) if (new Date(o.geopend_op).getTime() <= moment) current = o.artikel_id;
  return current;
}

/**
 * (Re-)analyses a gesprek's transcript so far and stores the findings. Returns null when nothing
 * changed since the last run (no new segments, same verification), unless forced.
 */
export async function analyseGesprek(db: Db, gesprekId: string, options: { force?: boolean } = {}): Promise<AnalyseResult | null> {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx.selectFrom('gesprek').select('kanaal').where('id', '=', gesprekId).executeTakeFirst();
    if (!gesprek || !isAnalysable(gesprek.kanaal)) return null;
    const previous = await lockAnalyse(trx, gesprekId, gesprek.kanaal);
    // Read under the lock: segments committed while we waited belong to this run.
    const bron = (await loadBron(trx, gesprekId))!;
    const pressed = pressedAt(bron);
    const unchanged = previous.segmenten === bron.segments.length && previous.geverifieerd_gedrukt === pressed;
    if (bron.segments.length === 0 || (unchanged && !options.force)) return null;

    const result = analyzeTranscript(bron.segments, {
      phrases: await activeZinnen(trx),
      verifiedAtSegment: pressed,
      silenceSeconds: bron.kanaal === 'telefoon' ? DEFAULT_SILENCE_SECONDS : CHAT_SILENCE_SECONDS,
    });
    const opened = await openArtikelen(trx, gesprekId);
    const startOf = (i: number) => bron.segments[i]?.start ?? 0;
    const stiltes = result.silences.map((s) => ({ ...s, artikelId: artikelAt(opened, bron.begin.getTime() + s.end * 1000) }));
    const onthullingen = result.disclosures.map((d) => ({ ...d, start: startOf(d.segment) }));
    const zinnen = result.phrases.map((p) => ({ ...p, start: startOf(p.segment) }));
    const analyse: StoredAnalyse = {
      ...previous,
      medewerker_id: bron.medewerkerId,
      segmenten: bron.segments.length,
      geverifieerd_gedrukt: pressed,
      geverifieerd_bij_segment: result.verifiedAtSegment,
      stiltes,
      onthullingen,
      zinnen,
      aantal_stiltes: stiltes.length,
      stilte_seconden: Math.round(stiltes.reduce((sum, s) => sum + (s.end - s.start), 0) * 1000) / 1000,
      overtredingen: onthullingen.filter((d) => d.beforeVerification).length,
      aantal_zinnen: zinnen.length,
    };
    await saveAnalyse(trx, analyse);

    // Keyed by the segment's start, not its index: a late segment shifts the indices.
    const seenZinnen = new Set(previous.zinnen.map((z) => `${z.start}|${z.phrase}`));
    const seenOvertredingen = new Set(previous.onthullingen.filter((d) => d.beforeVerification).map((d) => `${d.start}|${d.kind}`));
    return {
      bron,
      analyse,
      nieuweZinnen: zinnen.filter((z) => !seenZinnen.has(`${z.start}|${z.phrase}`)),
      nieuweOvertredingen: onthullingen.filter((d) => d.beforeVerification && !seenOvertredingen.has(`${d.start}|${d.kind}`)),
    };
  });
}

/** A team lead's "analyse now": also for a chat still open, or after the phrase list changed. */
export async function analyseOnDemand(db: Db, ctx: RequestContext, gesprekId: string) {
  return inTransaction(db, async (trx) => {
    const result = await analyseGesprek(trx, gesprekId, { force: true });
    if (!result) throw AnalyseNotPossible();
    // Hits this run is the first to see must still reach the team lead and agent.
    await alertNewHits(trx, result);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Gesprek analyseren',
      handelingNaam: 'Raadplegen',
      objecten: verwerkteObjecten(result.bron),
    });
    return result.analyse;
  });
}
