import { volledigeNaam } from '../parties/partij.mapper.ts';
import type { Partij } from '../db/schema.ts';
import { groupBy, inOrder, type KiContext } from './ki-context.ts';
import { identificatorOut } from './partij-identificatoren.load.ts';
import { adresOut } from './schemas.ts';

const SOORTEN_GEGEVENS = ['naam', 'adres', 'identificatoren', 'contactgegevens'];

function partijIdentificatie(k: KiContext, p: Partij) {
  const contactnaam = {
    voorletters: p.voorletters ?? '',
    voornaam: p.voornaam ?? '',
    voorvoegselAchternaam: p.voorvoegsel_achternaam ?? '',
    achternaam: p.achternaam ?? '',
  };
  if (p.soort_partij === 'organisatie') return { naam: p.organisatie_naam ?? '' };
  if (p.soort_partij === 'persoon') return { contactnaam, volledigeNaam: volledigeNaam(p) };
  return { werkteVoorPartij: k.urls.fk('partijen', p.werkte_voor_partij_id), contactnaam, volledigeNaam: volledigeNaam(p) };
}

/** Partijen as the API shows them, from Loket's partij table and what hangs off it; expansions.ts adds `_expand`. */
export async function loadPartijen(k: KiContext, ids: string[]) {
  const { trx, urls } = k;
  if (ids.length === 0) return [];
  const [partijen, identificatoren, adressen, rekeningen, betrokkenen, relaties, vertegenwoordigden] = await Promise.all([
    trx.selectFrom('partij').selectAll().where('id', 'in', ids).execute(),
    trx.selectFrom('partij_identificator').selectAll().where('partij_id', 'in', ids).orderBy('aangemaakt_op').execute(),
    trx.selectFrom('digitaal_adres').select(['id', 'partij_id']).where('partij_id', 'in', ids).orderBy('aangemaakt_op').execute(),
    trx.selectFrom('rekeningnummer').select(['id', 'partij_id']).where('partij_id', 'in', ids).orderBy('id').execute(),
    trx.selectFrom('betrokkene').select(['id', 'partij_id']).where('partij_id', 'in', ids).orderBy('id').execute(),
    trx
      .selectFrom('categorie_relatie')
      .innerJoin('categorie', 'categorie.id', 'categorie_relatie.categorie_id')
      .selectAll('categorie_relatie')
      .select('categorie.naam')
      .where('partij_id', 'in', ids)
      .orderBy('categorie_relatie.id')
      .execute(),
    trx.selectFrom('vertegenwoordiging').selectAll().where('vertegenwoordigende_partij_id', 'in', ids).orderBy('id').execute(),
  ]);
  const by = <T extends { partij_id: string | null }>(rows: T[]) => groupBy(rows, (r) => r.partij_id);
  const [idsBy, adresBy, rekBy, betBy, relBy] = [by(identificatoren), by(adressen), by(rekeningen), by(betrokkenen), by(relaties)];
  const vertBy = groupBy(vertegenwoordigden, (v) => v.vertegenwoordigende_partij_id);

  return inOrder(ids, partijen).map((p) => {
    k.touch('partij', p.id, SOORTEN_GEGEVENS, 'klant');
    if (p.indicatie_geheimhouding) k.vertrouwelijk = true;
    const fks = (resource: Parameters<typeof urls.fk>[0], rows: { id: string }[] | undefined) =>
      (rows ?? []).map((r) => urls.fk(resource, r.id));
    return {
      uuid: p.id,
      url: urls.of('partijen', p.id),
      nummer: p.nummer,
      interneNotitie: p.interne_notitie ?? '',
      betrokkenen: fks('betrokkenen', betBy.get(p.id)),
      categorieRelaties: (relBy.get(p.id) ?? []).map((r) => ({
        ...urls.fk('categorie-relaties', r.id),
        categorieNaam: r.naam,
        beginDatum: r.begin_datum,
        eindDatum: r.eind_datum,
      })),
      digitaleAdressen: fks('digitaleadressen', adresBy.get(p.id)),
      voorkeursDigitaalAdres: urls.fk('digitaleadressen', p.voorkeurs_digitaal_adres_id),
      vertegenwoordigden: (vertBy.get(p.id) ?? []).map((v) => urls.fk('partijen', v.vertegenwoordigde_partij_id)),
      rekeningnummers: fks('rekeningnummers', rekBy.get(p.id)),
      voorkeursRekeningnummer: urls.fk('rekeningnummers', p.voorkeurs_rekeningnummer_id),
      partijIdentificatoren: (idsBy.get(p.id) ?? []).map((i) => identificatorOut(k, i)),
      soortPartij: p.soort_partij,
      indicatieGeheimhouding: p.indicatie_geheimhouding,
      voorkeurstaal: p.voorkeurstaal,
      indicatieActief: p.indicatie_actief,
      bezoekadres: adresOut(p.bezoekadres),
      correspondentieadres: adresOut(p.correspondentieadres),
      partijIdentificatie: partijIdentificatie(k, p),
    };
  });
}
