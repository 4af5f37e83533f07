import { sql } from 'kysely';
import { Type } from 'typebox';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import { NestedIdentificator } from './partij-identificatoren.resource.ts';
import { expandPartijen } from './expansions.ts';
import { deletePartij, writePartij, type PartijBody } from './partijen.write.ts';
import type { ResourceDef } from './resource.ts';
import { AdresBody, bodySchemas, FkRef, Nullable } from './schemas.ts';

const SOORTEN = ['contactpersoon', 'organisatie', 'persoon'] as const;

const Contactnaam = Type.Object({
  voorletters: Type.Optional(Type.String({ maxLength: 10 })),
  voornaam: Type.Optional(Type.String({ maxLength: 200 })),
  voorvoegselAchternaam: Type.Optional(Type.String({ maxLength: 10 })),
  achternaam: Type.Optional(Type.String({ maxLength: 200 })),
});

const properties = {
  nummer: Nullable(Type.String({ maxLength: 10 })),
  interneNotitie: Type.String({ maxLength: 1000 }),
  digitaleAdressen: Nullable(Type.Array(FkRef)),
  voorkeursDigitaalAdres: Nullable(FkRef),
  rekeningnummers: Nullable(Type.Array(FkRef)),
  voorkeursRekeningnummer: Nullable(FkRef),
  partijIdentificatoren: Nullable(Type.Array(NestedIdentificator)),
  soortPartij: Type.Union(SOORTEN.map((s) => Type.Literal(s))),
  indicatieGeheimhouding: Nullable(Type.Boolean()),
  voorkeurstaal: Type.String({ maxLength: 3 }),
  indicatieActief: Type.Boolean(),
  bezoekadres: Nullable(AdresBody),
  correspondentieadres: Nullable(AdresBody),
  // One shape per soortPartij (persoon: contactnaam; organisatie: naam; contactpersoon: both
  // contactnaam and werkteVoorPartij); which fields count is decided by soortPartij.
  partijIdentificatie: Type.Object({
    contactnaam: Type.Optional(Nullable(Contactnaam)),
    naam: Type.Optional(Type.String({ maxLength: 200 })),
    werkteVoorPartij: Type.Optional(Nullable(FkRef)),
  }),
};

// A partij merged into another is a duplicate that no longer stands on its own (as in Loket's
// search); its uuid still answers.
const list = (k: KiContext) =>
  k.trx
    .selectFrom('partij')
    .select('partij.id')
    .where('partij.samengevoegd_met_id', 'is', null)
    .orderBy('partij.aangemaakt_op')
    .orderBy('partij.id');
type Q = ReturnType<typeof list>;

const adres = (column: 'bezoekadres' | 'correspondentieadres', field: string) =>
  f.string<Q>((q, v) => q.where(sql<string>`${sql.ref(`partij.${column}`)}->>${field}`, '=', v));

const viaIdentificator = (column: 'code_objecttype' | 'code_register' | 'code_soort_object_id' | 'object_id', sub: boolean) =>
  f.string<Q>((q, v) =>
    q.where(({ exists, selectFrom }) =>
      exists(
        sub
          ? selectFrom('partij_identificator as i')
              .innerJoin('partij_identificator as s', 's.id', 'i.sub_identificator_van_id')
              .select('i.id')
              .whereRef('i.partij_id', '=', 'partij.id')
              .where(`s.${column}`, '=', v)
          : selectFrom('partij_identificator as i').select('i.id').whereRef('i.partij_id', '=', 'partij.id').where(`i.${column}`, '=', v),
      ),
    ),
  );

const vertegenwoordigd = (q: Q, uuid: string) =>
  q.where(({ exists, selectFrom }) =>
    exists(
      selectFrom('vertegenwoordiging as v')
        .select('v.id')
        .whereRef('v.vertegenwoordigende_partij_id', '=', 'partij.id')
        .where('v.vertegenwoordigde_partij_id', '=', uuid),
    ),
  );

export const partijenResource: ResourceDef<Q, PartijBody> = {
  path: 'partijen',
  noun: 'Partij',
  lezen: 'partij:lezen',
  schrijven: 'partij:schrijven',
  ...bodySchemas(properties, ['soortPartij', 'indicatieActief']),
  expand: ['betrokkenen', 'betrokkenen.hadKlantcontact', 'categorieRelaties', 'digitaleAdressen'],
  filters: defineFilters<Q>({
    bezoekadresAdresregel1: adres('bezoekadres', 'adresregel1'),
    bezoekadresAdresregel2: adres('bezoekadres', 'adresregel2'),
    bezoekadresAdresregel3: adres('bezoekadres', 'adresregel3'),
    bezoekadresLand: adres('bezoekadres', 'land'),
    bezoekadresNummeraanduidingId: adres('bezoekadres', 'nummeraanduidingId'),
    correspondentieadresAdresregel1: adres('correspondentieadres', 'adresregel1'),
    correspondentieadresAdresregel2: adres('correspondentieadres', 'adresregel2'),
    correspondentieadresAdresregel3: adres('correspondentieadres', 'adresregel3'),
    correspondentieadresLand: adres('correspondentieadres', 'land'),
    correspondentieadresNummeraanduidingId: adres('correspondentieadres', 'nummeraanduidingId'),
    categorierelatie__categorie__naam: f.string((q, v) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('categorie_relatie as r')
            .innerJoin('categorie as c', 'c.id', 'r.categorie_id')
            .select('r.id')
            .whereRef('r.partij_id', '=', 'partij.id')
            .where('c.naam', '=', v),
        ),
      ),
    ),
    indicatieActief: f.bool((q, v) => q.where('partij.indicatie_actief', '=', v)),
    indicatieGeheimhouding: f.bool((q, v) => q.where('partij.indicatie_geheimhouding', '=', v)),
    nummer: f.string((q, v) => q.where('partij.nummer', '=', v)),
    partijIdentificator__codeObjecttype: viaIdentificator('code_objecttype', false),
    partijIdentificator__codeRegister: viaIdentificator('code_register', false),
    partijIdentificator__codeSoortObjectId: viaIdentificator('code_soort_object_id', false),
    partijIdentificator__objectId: viaIdentificator('object_id', false),
    soortPartij: f.oneOf(SOORTEN)((q, v) => q.where('partij.soort_partij', '=', v)),
    subIdentificatorVan__codeObjecttype: viaIdentificator('code_objecttype', true),
    subIdentificatorVan__codeRegister: viaIdentificator('code_register', true),
    subIdentificatorVan__codeSoortObjectId: viaIdentificator('code_soort_object_id', true),
    subIdentificatorVan__objectId: viaIdentificator('object_id', true),
    vertegenwoordigdePartij__url: f.url(vertegenwoordigd),
    vertegenwoordigdePartij__uuid: f.uuid(vertegenwoordigd),
  }),
  list,
  load: expandPartijen,
  table: 'partij',
  write: writePartij,
  remove: deletePartij,
};
