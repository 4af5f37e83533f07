import type { Selectable } from 'kysely';
import type { InterneTaakTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import type { kalender } from '../werktijd/werktijd.service.ts';
import { termijnVan } from './termijn.ts';
import type { TaakDetail, WerklijstTaak, WerkvoorraadQuery } from './tasks.schemas.ts';
import { loadOne, toResponses, verwerkteObjecten } from './tasks.service.ts';
import { teamTermijnen, vulTermijnen } from './werklijst-termijnen.ts';
import * as q from './werklijst.queries.ts';
import { teamsVanMijnAfdelingen } from '../afdelingen/afdelingen.service.ts';

/** What the werklijst needs besides the database: the calendar settings and the moment it is. */
export interface WerklijstDeps {
  werktijd: Parameters<typeof kalender>[0];
  now: Date;
}

async function metTermijn(db: Db, taken: Selectable<InterneTaakTable>[], deps: WerklijstDeps): Promise<WerklijstTaak[]> {
  const [responses, termijnen] = await Promise.all([toResponses(db, taken), teamTermijnen(db, taken, deps.werktijd)]);
  return responses.map((taak) => ({ ...taak, ...termijnVan(taak, deps.now, () => termijnen.get(taak.id)!) }));
}

/** As metTermijn, with the deadlines vulTermijnen stored. */
async function metOpgeslagenTermijn(db: Db, taken: Selectable<InterneTaakTable>[], now: Date): Promise<WerklijstTaak[]> {
  const opgeslagen = new Map(taken.map((t) => [t.id, new Date(t.termijn_op!)]));
  return (await toResponses(db, taken)).map((taak) => ({ ...taak, ...termijnVan(taak, now, () => opgeslagen.get(taak.id)!) }));
}

/**
 * The back office's worklist. Each task's toelichting is the agent's free text about the citizen's
 * request (often with a name or a phone number), so the read is logged, as for one task. Ordered
 * and paged in SQL on the stored deadlines, so only the page is read.
 */
export async function getWerklijst(db: Db, ctx: RequestContext, query: WerkvoorraadQuery, deps: WerklijstDeps): Promise<WerklijstTaak[]> {
  const me = ctx.principal.actorId;
  let actorIds: string[] | undefined = query.actorId ? [query.actorId] : undefined;
  if (query.voor === 'mij') actorIds = [me];
  if (query.voor === 'team') actorIds = await q.actorenVanMijnTeams(db, me);
  // Every team of my teams' afdelingen (a team without an afdeling stands for itself).
  if (query.voor === 'afdeling') actorIds = await q.actorenVanTeams(db, await teamsVanMijnAfdelingen(db, me), me);
  const filter = {
    status: query.termijn === 'te-laat' ? ('te_verwerken' as const) : query.status,
    actorIds,
    ingediendDoor: query.voor === 'ingediend' ? me : undefined,
  };
  await vulTermijnen(db, filter, deps.werktijd);
  const rijen = await q.werklijstRijen(db, { ...filter, max: query.limit, now: deps.now, alleenTeLaat: query.termijn === 'te-laat' });
  const [shown, partijen] = await Promise.all([
    metOpgeslagenTermijn(db, rijen, deps.now),
    q.partijenVanKlantcontacten(
      db,
      rijen.map((t) => t.klantcontact_id),
    ),
  ]);
  const objecten = shown.flatMap((t): VerwerktObject[] => [
    { objecttype: 'interne_taak', objectId: t.id, betrokkenheid: 'taak' },
    ...partijen
      .filter((p) => p.klantcontact_id === t.klantcontactId)
      .map((p) => ({ objecttype: 'partij' as const, objectId: p.partij_id!, betrokkenheid: 'klant' })),
  ]);
  await inTransaction(db, (trx) =>
    logVerwerking(trx, ctx, { actieNaam: 'Werklijst interne taken raadplegen', handelingNaam: 'Raadplegen', objecten }),
  );
  return shown;
}

/** One task with its term and notes, without logging (callers log what they did). */
export async function taakDetail(db: Db, id: string, deps: WerklijstDeps): Promise<TaakDetail> {
  const [taak] = await metTermijn(db, [await loadOne(db, id)], deps);
  const notities = await q.notitiesVan(db, id);
  return {
    ...taak!,
    notities: notities.map((n) => ({
      id: n.id,
      soort: n.soort,
      tekst: n.tekst,
      door: n.naam,
      aangemaaktOp: new Date(n.aangemaakt_op).toISOString(),
    })),
  };
}

export async function getTaakDetail(db: Db, ctx: RequestContext, id: string, deps: WerklijstDeps): Promise<TaakDetail> {
  return inTransaction(db, async (trx) => {
    const taak = await loadOne(trx, id);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Interne taak raadplegen',
      handelingNaam: 'Raadplegen',
      objecten: await verwerkteObjecten(trx, taak),
    });
    return taakDetail(trx, id, deps);
  });
}
