import { inOrder, isoDate, type KiContext } from './ki-context.ts';

/** Digitale adressen (e-mail, phone, other) of a partij or as given by a betrokkene in one contact; expansions.ts adds `_expand`. */
export async function loadDigitaleAdressen(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx
    .selectFrom('digitaal_adres')
    .leftJoin('betrokkene', 'betrokkene.id', 'digitaal_adres.betrokkene_id')
    .selectAll('digitaal_adres')
    .select('betrokkene.partij_id as betrokkene_partij_id')
    .where('digitaal_adres.id', 'in', ids)
    .execute();
  return inOrder(ids, rows).map((a) => {
    k.touch('partij', a.partij_id ?? a.betrokkene_partij_id, ['contactgegevens'], 'klant');
    return {
      uuid: a.id,
      url: k.urls.of('digitaleadressen', a.id),
      verstrektDoorBetrokkene: k.urls.fk('betrokkenen', a.betrokkene_id),
      verstrektDoorPartij: k.urls.fk('partijen', a.partij_id),
      adres: a.adres,
      soortDigitaalAdres: a.soort_digitaal_adres,
      isStandaardAdres: a.is_standaard_adres,
      omschrijving: a.omschrijving ?? '',
      // The spec's pattern admits no empty referentie, so an unknown one is left out.
      ...(a.referentie ? { referentie: a.referentie } : {}),
      verificatieDatum: isoDate(a.verificatie_datum),
    };
  });
}
