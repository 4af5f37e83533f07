import { meldToewijzing } from '../afdelingen/afdelingen.service.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { meldInterneTaak } from '../notificaties/notificaties-uit.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { ActorNotFound } from './tasks.errors.ts';
import type { TaakDetail } from './tasks.schemas.ts';
import { changeTaakStatus, loadOne, taakStatus, verwerkteObjecten } from './tasks.service.ts';
import { taakDetail, type WerklijstDeps } from './werklijst.service.ts';
import * as q from './werklijst.queries.ts';

/**
 * What the back office does with a task besides closing it: take it on, pass it on, note
 * something. Each is recorded as a note so the task shows who did what, and logged as processing.
 */
async function actie(
  db: Db,
  ctx: RequestContext,
  id: string,
  actieNaam: string,
  deps: WerklijstDeps,
  apply: (trx: Db, status: 'te_verwerken' | 'verwerkt') => Promise<void>,
): Promise<TaakDetail> {
  return inTransaction(db, async (trx) => {
    const taak = await loadOne(trx, id);
    await apply(trx, taak.status);
    await logVerwerking(trx, ctx, { actieNaam, handelingNaam: 'Wijzigen', objecten: await verwerkteObjecten(trx, taak) });
    return taakDetail(trx, id, deps);
  });
}

export function claimTaak(db: Db, ctx: RequestContext, id: string, deps: WerklijstDeps): Promise<TaakDetail> {
  return actie(db, ctx, id, 'Interne taak claimen', deps, async (trx, status) => {
    taakStatus.next(status, 'claimen');
    await q.vervangActoren(trx, id, [ctx.principal.actorId]);
    await meldInterneTaak(trx, id, 'update');
    await q.insertNotitie(trx, {
      interne_taak_id: id,
      actor_id: ctx.principal.actorId,
      soort: 'geclaimd',
      tekst: '',
      aangemaakt_op: deps.now,
    });
  });
}

/** To a colleague or a team; the note names who it went to, with the reason if given. */
export function forwardTaak(
  db: Db,
  ctx: RequestContext,
  id: string,
  body: { actorId: string; toelichting?: string },
  deps: WerklijstDeps,
): Promise<TaakDetail> {
  return actie(db, ctx, id, 'Interne taak doorsturen', deps, async (trx, status) => {
    taakStatus.next(status, 'doorsturen');
    const naar = await trx.selectFrom('actor').select('naam').where('id', '=', body.actorId).executeTakeFirst();
    if (!naar) throw ActorNotFound();
    await q.vervangActoren(trx, id, [body.actorId]);
    await meldInterneTaak(trx, id, 'update');
    await meldToewijzing(trx, id, [body.actorId]);
    const tekst = body.toelichting ? `${naar.naam}: ${body.toelichting}` : naar.naam;
    await q.insertNotitie(trx, {
      interne_taak_id: id,
      actor_id: ctx.principal.actorId,
      soort: 'doorgestuurd',
      tekst,
      aangemaakt_op: deps.now,
    });
  });
}

export function addNotitie(db: Db, ctx: RequestContext, id: string, tekst: string, deps: WerklijstDeps): Promise<TaakDetail> {
  return actie(db, ctx, id, 'Notitie bij interne taak', deps, async (trx) => {
    await q.insertNotitie(trx, { interne_taak_id: id, actor_id: ctx.principal.actorId, soort: 'notitie', tekst, aangemaakt_op: deps.now });
  });
}

export async function transitionTaak(
  db: Db,
  ctx: RequestContext,
  id: string,
  transitie: 'verwerken' | 'heropenen',
  antwoord: string | undefined,
  deps: WerklijstDeps,
): Promise<TaakDetail> {
  await changeTaakStatus(db, ctx, id, transitie, antwoord ? { tekst: antwoord, op: deps.now } : undefined);
  return taakDetail(db, id, deps);
}
