import { groupBy, inOrder, isoDateTime, type KiContext } from './ki-context.ts';

/** Interne taken: work handed to colleagues or departments, arising from a klantcontact. */
export async function loadInterneTaken(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const { trx, urls } = k;
  const [rows, actoren] = await Promise.all([
    trx.selectFrom('interne_taak').selectAll().where('id', 'in', ids).execute(),
    trx.selectFrom('interne_taak_actor').selectAll().where('interne_taak_id', 'in', ids).execute(),
  ]);
  if (rows.length === 0) return [];
  const partijen = await trx
    .selectFrom('betrokkene')
    .select(['klantcontact_id', 'partij_id'])
    .where('klantcontact_id', 'in', [...new Set(rows.map((r) => r.klantcontact_id))])
    .where('partij_id', 'is not', null)
    .execute();
  const actorBy = groupBy(actoren, (a) => a.interne_taak_id);
  return inOrder(ids, rows).map((t) => {
    k.touch('interne_taak', t.id, ['taak'], 'taak');
    for (const p of partijen) if (p.klantcontact_id === t.klantcontact_id) k.touch('partij', p.partij_id, ['interne taken'], 'klant');
    const toegewezen = (actorBy.get(t.id) ?? []).map((a) => urls.fk('actoren', a.actor_id));
    return {
      uuid: t.id,
      url: urls.of('internetaken', t.id),
      nummer: t.nummer,
      referentienummer: t.referentienummer,
      gevraagdeHandeling: t.gevraagde_handeling,
      aanleidinggevendKlantcontact: urls.fk('klantcontacten', t.klantcontact_id),
      ...(toegewezen[0] ? { toegewezenAanActor: toegewezen[0] } : {}),
      toegewezenAanActoren: toegewezen,
      toelichting: t.toelichting ?? '',
      status: t.status,
      toegewezenOp: isoDateTime(t.toegewezen_op),
      afgehandeldOp: t.afgehandeld_op === null ? null : isoDateTime(t.afgehandeld_op),
    };
  });
}
