import { volledigeNaam } from '../parties/partij.mapper.ts';
import { groupBy, inOrder, type KiContext } from './ki-context.ts';
import { adresOut } from './schemas.ts';

/** Betrokkenen: who took part in a klantcontact, as which partij (if known) and in which role; expansions.ts adds `_expand`. */
export async function loadBetrokkenen(k: KiContext, ids: string[]) {
  const { trx, urls } = k;
  if (ids.length === 0) return [];
  const [rows, adressen] = await Promise.all([
    trx
      .selectFrom('betrokkene')
      .leftJoin('partij', 'partij.id', 'betrokkene.partij_id')
      .selectAll('betrokkene')
      .select([
        'partij.soort_partij',
        'partij.voornaam',
        'partij.voorletters',
        'partij.voorvoegsel_achternaam',
        'partij.achternaam',
        'partij.organisatie_naam',
      ])
      .where('betrokkene.id', 'in', ids)
      .execute(),
    trx.selectFrom('digitaal_adres').select(['id', 'betrokkene_id']).where('betrokkene_id', 'in', ids).orderBy('aangemaakt_op').execute(),
  ]);
  const adresBy = groupBy(adressen, (a) => a.betrokkene_id);

  return inOrder(ids, rows).map((b) => {
    k.touch('klantcontact', b.klantcontact_id, ['betrokkenen'], 'klantcontact');
    k.touch('partij', b.partij_id, ['naam'], 'klant');
    const contactnaam = b.contactnaam ?? {};
    const naamUitContact = volledigeNaam({
      soort_partij: 'persoon',
      voorletters: contactnaam.voorletters ?? null,
      voornaam: contactnaam.voornaam ?? null,
      voorvoegsel_achternaam: contactnaam.voorvoegselAchternaam ?? null,
      achternaam: contactnaam.achternaam ?? null,
      organisatie_naam: null,
    });
    const naamUitPartij = b.soort_partij ? volledigeNaam({ ...b, soort_partij: b.soort_partij }) : '';
    return {
      uuid: b.id,
      url: urls.of('betrokkenen', b.id),
      wasPartij: urls.fk('partijen', b.partij_id),
      hadKlantcontact: urls.fk('klantcontacten', b.klantcontact_id),
      digitaleAdressen: (adresBy.get(b.id) ?? []).map((a) => urls.fk('digitaleadressen', a.id)),
      bezoekadres: adresOut(b.bezoekadres),
      correspondentieadres: adresOut(b.correspondentieadres),
      contactnaam: b.contactnaam
        ? {
            voorletters: contactnaam.voorletters ?? '',
            voornaam: contactnaam.voornaam ?? '',
            voorvoegselAchternaam: contactnaam.voorvoegselAchternaam ?? '',
            achternaam: contactnaam.achternaam ?? '',
          }
        : null,
      volledigeNaam: naamUitContact || naamUitPartij || b.organisatienaam || '',
      rol: b.rol,
      organisatienaam: b.organisatienaam ?? '',
      initiator: b.initiator,
    };
  });
}
