import { loadActoren } from './actoren.load.ts';
import { groupBy, inOrder, isoDateTime, type KiContext } from './ki-context.ts';

function metadataOut(metadata: Record<string, unknown> | null): Record<string, string> {
  return Object.fromEntries(
    Object.entries(metadata ?? {}).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}

/** Klantcontacten with the ids of everything that hangs off them; expansions.ts adds `_expand`. */
export async function loadKlantcontacten(k: KiContext, ids: string[]) {
  const { trx, urls } = k;
  if (ids.length === 0) return [];
  const [rows, onderwerpen, bijlagen, betrokkenen, taken, actoren] = await Promise.all([
    trx.selectFrom('klantcontact').selectAll().where('id', 'in', ids).execute(),
    trx.selectFrom('onderwerpobject').select(['id', 'klantcontact_id']).where('klantcontact_id', 'in', ids).orderBy('id').execute(),
    trx.selectFrom('bijlage').select(['id', 'klantcontact_id']).where('klantcontact_id', 'in', ids).orderBy('id').execute(),
    trx.selectFrom('betrokkene').select(['id', 'klantcontact_id', 'partij_id']).where('klantcontact_id', 'in', ids).orderBy('id').execute(),
    trx.selectFrom('interne_taak').select(['id', 'klantcontact_id']).where('klantcontact_id', 'in', ids).orderBy('toegewezen_op').execute(),
    trx
      .selectFrom('actor_klantcontact')
      .select(['id', 'actor_id', 'klantcontact_id'])
      .where('klantcontact_id', 'in', ids)
      .orderBy('id')
      .execute(),
  ]);
  const byContact = <T extends { klantcontact_id: string | null }>(list: T[]) => groupBy(list, (r) => r.klantcontact_id);
  const [ondBy, bijBy, betBy, taakBy, actBy] = [
    byContact(onderwerpen),
    byContact(bijlagen),
    byContact(betrokkenen),
    byContact(taken),
    byContact(actoren),
  ];
  const actorObjs = await loadActoren(k, [...new Set(actoren.map((a) => a.actor_id))]);
  const idsOf = (map: Map<string | null, { id: string }[]>, id: string) => (map.get(id) ?? []).map((r) => r.id);

  return inOrder(ids, rows).map((c) => {
    k.touch('klantcontact', c.id, ['inhoud'], 'klantcontact');
    if (c.vertrouwelijk) k.vertrouwelijk = true;
    for (const b of betrokkenen) if (b.klantcontact_id === c.id) k.touch('partij', b.partij_id, ['klantcontacten'], 'klant');
    const actorIds = (actBy.get(c.id) ?? []).map((a) => a.actor_id);
    return {
      uuid: c.id,
      url: urls.of('klantcontacten', c.id),
      gingOverOnderwerpobjecten: idsOf(ondBy, c.id).map((id) => urls.fk('onderwerpobjecten', id)),
      hadBetrokkenActoren: actorObjs.filter((a) => actorIds.includes(a.uuid)),
      omvatteBijlagen: idsOf(bijBy, c.id).map((id) => urls.fk('bijlagen', id)),
      hadBetrokkenen: idsOf(betBy, c.id).map((id) => urls.fk('betrokkenen', id)),
      leiddeTotInterneTaken: idsOf(taakBy, c.id).map((id) => urls.fk('internetaken', id)),
      nummer: c.nummer,
      referentienummer: c.referentienummer,
      kanaal: c.kanaal,
      onderwerp: c.onderwerp,
      inhoud: c.inhoud ?? '',
      reactie: c.reactie ?? '',
      indicatieContactGelukt: c.indicatie_contact_gelukt,
      ...(c.hoofd_onderwerp_type ? { hoofdOnderwerpType: c.hoofd_onderwerp_type } : {}),
      verdereActieOndernomen: c.verdere_actie_ondernomen,
      taal: c.taal,
      vertrouwelijk: c.vertrouwelijk,
      plaatsgevondenOp: isoDateTime(c.plaatsgevonden_op),
      metadata: metadataOut(c.metadata),
    };
  });
}
