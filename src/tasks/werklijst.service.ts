import type { Selectable } from 'kysely';
import type { InterneTaakTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import type { WerktijdConfig } from '../config.ts';
import { deadline, kalender, STANDAARD_TERMIJN_WERKDAGEN } from '../werktijd/werktijd.service.ts';
import { ordenWerklijst, termijnVan } from './termijn.ts';
import type { TaakDetail, WerklijstTaak, WerkvoorraadQuery } from './tasks.schemas.ts';
import { loadOne, toResponses, verwerkteObjecten } from './tasks.service.ts';
import * as q from './werklijst.queries.ts';
import { teamsVanMijnAfdelingen } from '../afdelingen/afdelingen.service.ts';

/** What the werklijst needs besides the database: the calendar settings and the moment it is. */
export interface WerklijstDeps {
  werktijd: WerktijdConfig;
  now: Date;
}

/** Rows read before the deadlines are computed and sorted; a back office with more open tasks sees the oldest. */
const MAX_RIJEN = 1000;

async function metTermijn(db: Db, taken: Selectable<InterneTaakTable>[], deps: WerklijstDeps): Promise<WerklijstTaak[]> {
  const responses = await toResponses(db, taken);
  const teams = await q.teamsVanTaken(
    db,
    taken.map((t) => t.id),
  );
  const standaard = kalender(deps.werktijd, null);
  return responses.map((taak) => {
    const team = teams.find((t) => t.interne_taak_id === taak.id);
    const k = team?.openingstijden ? kalender(deps.werktijd, team.openingstijden) : standaard;
    const werkdagen = team?.terugbeltermijn_werkdagen ?? STANDAARD_TERMIJN_WERKDAGEN;
    return { ...taak, ...termijnVan(taak, deps.now, (van) => deadline(k, van, { werkdagen })) };
  });
}

/**
 * The back office's worklist. Each task's toelichting is the agent's free text about the citizen's
 * request (often with a name or a phone number), so the read is logged, as for one task.
 */
export async function getWerklijst(db: Db, ctx: RequestContext, query: WerkvoorraadQuery, deps: WerklijstDeps): Promise<WerklijstTaak[]> {
  const me = ctx.principal.actorId;
  let actorIds: string[] | undefined = query.actorId ? [query.actorId] : undefined;
  if (query.voor === 'mij') actorIds = [me];
  if (query.voor === 'team') actorIds = await q.actorenVanMijnTeams(db, me);
  // Every team of my teams' afdelingen (a team without an afdeling stands for itself).
  if (query.voor === 'afdeling') actorIds = await q.actorenVanTeams(db, await teamsVanMijnAfdelingen(db, me), me);
  const status = query.termijn === 'te-laat' ? 'te_verwerken' : query.status;
  const rijen = await q.werklijstRijen(db, {
    status,
    actorIds,
    ingediendDoor: query.voor === 'ingediend' ? me : undefined,
    max: MAX_RIJEN,
  });
  const taken = ordenWerklijst(await metTermijn(db, rijen, deps));
  const shown = (query.termijn === 'te-laat' ? taken.filter((t) => t.teLaat) : taken).slice(0, query.limit);
  await inTransaction(db, async (trx) => {
    const objecten = [];
    for (const t of shown) objecten.push(...(await verwerkteObjecten(trx, { id: t.id, klantcontact_id: t.klantcontactId })));
    await logVerwerking(trx, ctx, { actieNaam: 'Werklijst interne taken raadplegen', handelingNaam: 'Raadplegen', objecten });
  });
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
