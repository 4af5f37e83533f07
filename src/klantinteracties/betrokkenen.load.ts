import { volledigeNaam } from '../parties/partij.mapper.ts';
import { loadDigitaleAdressen } from './digitaleadressen.load.ts';
import { below, type Expand } from './expand.ts';
import { groupBy, inOrder, type KiContext } from './ki-context.ts';
import { loadKlantcontacten } from './klantcontacten.load.ts';
import { loadPartijen } from './partijen.load.ts';
import { adresOut } from './schemas.ts';

const uuidOf = (o: object) => (o as { uuid: string }).uuid;

/** Betrokkenen: who took part in a klantcontact, as which partij (if known) and in which role. */
export async function loadBetrokkenen(k: KiContext, ids: string[], expand: Expand): Promise<object[]> {
  if (ids.length === 0) return [];
  const { trx, urls } = k;
  const [rows, adressen] = await Promise.all([
    trx
      .selectFrom('betrokkene')
      .leftJoin('partij', 'partij.id', 'betrokkene.partij_id')
      .selectAll('betrokkene')
      .select(['partij.soort_partij', 'partij.voornaam', 'partij.voorletters', 'partij.voorvoegsel_achternaam', 'partij.achternaam', 'partij.organisatie_naam'])
      .where('betrokkene.id', 'in', ids)
      .execute(),
    trx.selectFrom('digitaal_adres').select(['id', 'betrokkene_id']).where('betrokkene_id', 'in', ids).orderBy('aangemaakt_op').execute(),
  ]);
  const adresBy = groupBy(adressen, (a) => a.betrokkene_id);
  const [adresObjs, contactObjs, partijObjs] = await Promise.all([
    expand.has('digitaleAdressen') ? loadDigitaleAdressen(k, adressen.map((a) => a.id), new Set()) : [],
    expand.has('hadKlantcontact') ? loadKlantcontacten(k, [...new Set(rows.map((r) => r.klantcontact_id))], below(expand, 'hadKlantcontact')) : [],
    expand.has('wasPartij') ? loadPartijen(k, [...new Set(rows.map((r) => r.partij_id).filter((id): id is string => id !== null))], new Set()) : [],
  ]);

  return inOrder(ids, rows).map((b) => {
    k.touch('klantcontact', b.klantcontact_id, ['betrokkenen'], 'klantcontact');
    k.touch('partij', b.partij_id, ['naam'], 'klant');
    const contactnaam = b.contactnaam ?? {};
    const naamUitContact = volledigeNaam({ soort_partij: 'persoon', voorletters: contactnaam.voorletters ?? null, voornaam: contactnaam.voornaam ?? null, voorvoegsel_achternaam: contactnaam.voorvoegselAchternaam ?? null, achternaam: contactnaam.achternaam ?? null, organisatie_naam: null });
    const naamUitPartij = b.soort_partij ? volledigeNaam({ ...b, soort_partij: b.soort_partij }) : '';
    const mine = new Set((adresBy.get(b.id) ?? []).map((a) => a.id));
    const e: Record<string, unknown> = {};
    if (expand.has('digitaleAdressen')) e.digitaleAdressen = adresObjs.filter((a) => mine.has(uuidOf(a)));
    if (expand.has('hadKlantcontact')) e.hadKlantcontact = contactObjs.find((c) => uuidOf(c) === b.klantcontact_id) ?? null;
    if (expand.has('wasPartij')) e.wasPartij = partijObjs.find((p) => uuidOf(p) === b.partij_id) ?? null;
    return {
      uuid: b.id,
      url: urls.of('betrokkenen', b.id),
      wasPartij: urls.fk('partijen', b.partij_id),
      hadKlantcontact: urls.fk('klantcontacten', b.klantcontact_id),
      digitaleAdressen: (adresBy.get(b.id) ?? []).map((a) => urls.fk('digitaleadressen', a.id)),
      bezoekadres: adresOut(b.bezoekadres),
      correspondentieadres: adresOut(b.correspondentieadres),
      contactnaam: b.contactnaam
        ? { voorletters: contactnaam.voorletters ?? '', voornaam: contactnaam.voornaam ?? '', voorvoegselAchternaam: contactnaam.voorvoegselAchternaam ?? '', achternaam: contactnaam.achternaam ?? '' }
        : null,
      volledigeNaam: naamUitContact || naamUitPartij || b.organisatienaam || '',
      rol: b.rol,
      organisatienaam: b.organisatienaam ?? '',
      initiator: b.initiator,
      ...(expand.size > 0 ? { _expand: e } : {}),
    };
  });
}
