import { ensureTeam } from '../../auth/teams.ts';
import { inTransaction, type Db } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { createInterneTaak } from '../../tasks/tasks.service.ts';
import { NotAHotspot } from '../analytics.errors.ts';
import type { HotspotCell } from '../dashboard/hotspot-examples.ts';
import { hotspotMessage } from './signals.service.ts';
import * as q from './signals.queries.ts';
import { addDays, storedHotspots, type StoredHotspot } from './stored-hotspots.ts';

/** The stored hotspot of that cell, so actions only ever follow from what the detector found. */
async function findHotspot(db: Db, cell: HotspotCell): Promise<StoredHotspot> {
  const hotspots = await storedHotspots(db, cell.weekStart, addDays(cell.weekStart, 6));
  const hit = hotspots.find(
    (h) => h.wijk === cell.wijk && h.category === cell.category && h.articleId === cell.articleId && h.weekStart === cell.weekStart,
  );
  if (!hit) throw NotAHotspot();
  return hit;
}

export interface HotspotTask {
  interneTaakId: string;
  afdeling: string;
  teamId: string;
}

/**
 * "Taak voor afdeling": an interne taak for the team of the department that owns the topic,
 * asked by the team lead, with the latest contact of the cell as its aanleiding.
 */
export async function createHotspotTask(db: Db, ctx: RequestContext, cell: HotspotCell): Promise<HotspotTask> {
  const hotspot = await findHotspot(db, cell);
  return inTransaction(db, async (trx) => {
    const afdeling = (await q.owningAfdeling(trx, hotspot)) ?? 'KCC';
    const team = await ensureTeam(trx, afdeling);
    const aanleiding = await q.latestContactOfCell(trx, hotspot);
    if (!aanleiding) throw NotAHotspot();
    const { subject, text } = hotspotMessage(hotspot, afdeling);
    const taak = await createInterneTaak(trx, ctx, {
      klantcontactId: aanleiding,
      gevraagdeHandeling: subject.slice(0, 200),
      toelichting: text,
      actorIds: [team.actor_id],
    });
    return { interneTaakId: taak.id, afdeling, teamId: team.id };
  });
}

export interface ProactiveDraft {
  onderwerp: string;
  tekst: string;
}

/**
 * "Proactief bericht opstellen": a draft for the inwoners of the wijk, from the published
 * article's title and summary. Loket sends nothing: the team lead copies it or hands it to
 * the rules screen.
 */
export async function proactiveDraft(db: Db, cell: HotspotCell): Promise<ProactiveDraft> {
  const hotspot = await findHotspot(db, cell);
  const wijk = await db.selectFrom('wijk').select('naam').where('code', '=', hotspot.wijk).executeTakeFirst();
  const article = hotspot.articleId
    ? await db
        .selectFrom('kennisartikel as a')
        .innerJoin('kennisartikel_versie as v', (j) =>
          j.onRef('v.artikel_id', '=', 'a.id').onRef('v.versie', '=', 'a.gepubliceerde_versie'),
        )
        .select(['v.titel', 'v.samenvatting'])
        .where('a.id', '=', hotspot.articleId)
        .executeTakeFirst()
    : undefined;
  const plaats = wijk?.naam ?? hotspot.wijk;
  const onderwerp = article?.titel ?? hotspot.category.replace(/-/g, ' ');
  const tekst = [
    `Beste bewoner van ${plaats},`,
    '',
    `De laatste tijd krijgen wij uit ${plaats} veel vragen over dit onderwerp: ${onderwerp}${/[.?!]$/.test(onderwerp) ? '' : '.'}`,
    'Daarom informeren wij u alvast.',
    ...(article?.samenvatting ? ['', article.samenvatting] : []),
    '',
    'Heeft u daarna nog een vraag? Neem dan gerust contact met ons op.',
    '',
    'Met vriendelijke groet,',
    'Het Klantcontactcentrum',
  ].join('\n');
  return { onderwerp: `${onderwerp} in ${plaats}`, tekst };
}
