import { kanaalSpec } from '../contract/kanalen.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { partijHiddenFrom } from '../parties/verificatie-poort.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import { bijlagenPerBericht } from './bijlagen.service.ts';
import { GesprekNotFound, NoOutboundAdapter } from './conversations.errors.ts';
import { antwoordRoute } from './antwoord-route.ts';
import { appendBericht } from './conversations.service.ts';
import { checkAntwoord } from './kanaalgrenzen.ts';
import { labelsPerGesprek } from './gesprek-labels.ts';
import { isGesluimerd } from './gesprek-sluimeren.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

function objecten(gesprek: { id: string; partij_id: string | null }): VerwerktObject[] {
  const list: VerwerktObject[] = [
    { objecttype: 'gesprek', objectId: gesprek.id, betrokkenheid: 'gesprek', soortenGegevens: ['berichten'] },
  ];
  if (gesprek.partij_id) list.push({ objecttype: 'partij', objectId: gesprek.partij_id, betrokkenheid: 'klant' });
  return list;
}

async function berichtenOf(db: Db, gesprekId: string) {
  const rows = await db
    .selectFrom('bericht')
    .leftJoin('actor', 'actor.id', 'bericht.afzender_actor_id')
    .select([
      'bericht.id',
      'bericht.richting',
      'bericht.inhoud',
      'bericht.verzonden_op',
      'bericht.bezorgstatus',
      'bericht.bezorgfout',
      'bericht.metadata',
      'actor.naam',
    ])
    .where('bericht.gesprek_id', '=', gesprekId)
    .orderBy('bericht.verzonden_op')
    .orderBy('bericht.id')
    .execute();
  const bijlagen = await bijlagenPerBericht(
    db,
    rows.map((b) => b.id),
  );
  return rows.map((b) => ({
    id: b.id,
    richting: b.richting,
    inhoud: b.inhoud,
    afzender: b.naam,
    verzondenOp: iso(b.verzonden_op),
    bezorgstatus: b.bezorgstatus,
    bezorgfout: b.bezorgfout,
    metadata: b.metadata as Record<string, unknown> | null,
    bijlagen: bijlagen.get(b.id) ?? [],
  }));
}

/** `now` is the app's clock: a snooze that has passed shows as none. */
export async function getGesprek(db: Db, ctx: RequestContext, id: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx.selectFrom('gesprek').selectAll().where('id', '=', id).executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    await logVerwerking(trx, ctx, { actieNaam: 'Gesprek raadplegen', handelingNaam: 'Raadplegen', objecten: objecten(gesprek) });
    return {
      id: gesprek.id,
      kanaal: gesprek.kanaal,
      status: gesprek.status,
      onderwerp: gesprek.onderwerp,
      partijId: partijHiddenFrom(ctx, gesprek) ? null : gesprek.partij_id,
      klantcontactId: gesprek.klantcontact_id,
      verzoekId: gesprek.verzoek_id,
      gestartOp: iso(gesprek.gestart_op),
      metadata: gesprek.metadata as Record<string, unknown> | null,
      labels: (await labelsPerGesprek(trx, [id])).get(id) ?? [],
      gesluimerdTot: isGesluimerd(gesprek.gesluimerd_tot, now) ? iso(gesprek.gesluimerd_tot!) : null,
      berichten: await berichtenOf(trx, id),
    };
  });
}

/** An agent's reply goes back on the citizen's channel (queued for its adapter); a note stays internal. */
export async function replyToGesprek(
  db: Db,
  ctx: RequestContext,
  gesprekId: string,
  input: { tekst: string; soort: 'antwoord' | 'notitie' },
) {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'kanaal', 'partij_id', 'metadata'])
      .where('id', '=', gesprekId)
      .executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    const notitie = input.soort === 'notitie';
    const route = notitie ? null : await antwoordRoute(trx, gesprek);
    if (!notitie && !route) throw NoOutboundAdapter();
    if (!notitie) await checkAntwoord(trx, gesprek, input.tekst);
    const omweg = route && route.via !== gesprek.kanaal ? { antwoordVia: route.via, antwoordAan: route.aan } : undefined;
    const berichtId = await appendBericht(trx, gesprekId, {
      richting: notitie ? 'notitie' : 'uitgaand',
      inhoud: input.tekst,
      afzenderActorId: ctx.principal.actorId,
      bezorgstatus: notitie ? undefined : kanaalSpec(gesprek.kanaal).overSocket ? 'verzonden' : 'wachtrij',
      ...(omweg ? { metadata: omweg } : {}),
    });
    await logVerwerking(trx, ctx, {
      actieNaam: notitie ? 'Notitie toevoegen' : 'Antwoord versturen',
      handelingNaam: 'Invoeren',
      objecten: objecten(gesprek),
    });
    const bericht = (await berichtenOf(trx, gesprekId)).find((b) => b.id === berichtId);
    return bericht!;
  });
}
