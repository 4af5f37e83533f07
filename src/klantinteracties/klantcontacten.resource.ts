import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import { expandKlantcontacten } from './expansions.ts';
import {
  deleteKlantcontact,
  KLANTCONTACT_REQUIRED,
  klantcontactProperties,
  writeKlantcontact,
  type KlantcontactBody,
} from './klantcontacten.write.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas } from './schemas.ts';

// Open Klant lists the latest contact first.
const list = (k: KiContext) =>
  k.trx.selectFrom('klantcontact').select('klantcontact.id').orderBy('klantcontact.plaatsgevonden_op', 'desc').orderBy('klantcontact.id');
type Q = ReturnType<typeof list>;

type IdentColumn = 'code_objecttype' | 'code_register' | 'code_soort_object_id' | 'object_id';

const betrokkenenOf = (eb: ExpressionBuilder<Database, 'klantcontact'>) =>
  eb.selectFrom('betrokkene as b').select('b.id').whereRef('b.klantcontact_id', '=', 'klantcontact.id');
const partijIdentificator = (column: IdentColumn) =>
  f.string<Q>((q, v) =>
    q.where((eb) =>
      eb.exists(betrokkenenOf(eb).innerJoin('partij_identificator as i', 'i.partij_id', 'b.partij_id').where(`i.${column}`, '=', v)),
    ),
  );
const onderwerp = (column: IdentColumn, was: boolean) =>
  f.string<Q>((q, v) =>
    q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('onderwerpobject as o')
          .select('o.id')
          .whereRef(was ? 'o.was_klantcontact_id' : 'o.klantcontact_id', '=', 'klantcontact.id')
          .where(`o.${column}`, '=', v),
      ),
    ),
  );
const onderwerpId = (was: boolean) => (q: Q, v: string) =>
  q.where(({ exists, selectFrom }) =>
    exists(
      selectFrom('onderwerpobject as o')
        .select('o.id')
        .whereRef(was ? 'o.was_klantcontact_id' : 'o.klantcontact_id', '=', 'klantcontact.id')
        .where('o.id', '=', v),
    ),
  );
const byBetrokkene = (q: Q, v: string) => q.where((eb) => eb.exists(betrokkenenOf(eb).where('b.id', '=', v)));
const byPartij = (q: Q, v: string) => q.where((eb) => eb.exists(betrokkenenOf(eb).where('b.partij_id', '=', v)));
const text = (column: 'inhoud' | 'kanaal' | 'nummer' | 'onderwerp' | 'reactie' | 'referentienummer') =>
  f.string<Q>((q, v) => q.where(`klantcontact.${column}`, '=', v));

export const klantcontactenResource: ResourceDef<Q, KlantcontactBody> = {
  path: 'klantcontacten',
  noun: 'Klantcontact',
  lezen: 'klantcontact:lezen',
  schrijven: 'klantcontact:schrijven',
  ...bodySchemas(klantcontactProperties, KLANTCONTACT_REQUIRED),
  expand: [
    'gingOverOnderwerpobjecten',
    'hadBetrokkenen',
    'hadBetrokkenen.digitaleAdressen',
    'hadBetrokkenen.wasPartij',
    'leiddeTotInterneTaken',
    'omvatteBijlagen',
  ],
  filters: defineFilters<Q>({
    hadBetrokkene__digitaaladres__adres__icontains: f.string((q, v) =>
      q.where((eb) =>
        eb.exists(
          betrokkenenOf(eb)
            .innerJoin('digitaal_adres as a', 'a.betrokkene_id', 'b.id')
            .where(sql<string>`lower(a.adres)`, 'like', `%${v.toLowerCase()}%`),
        ),
      ),
    ),
    hadBetrokkene__url: f.url(byBetrokkene),
    hadBetrokkene__uuid: f.uuid(byBetrokkene),
    hadBetrokkene__wasPartij: f.bool((q, v) =>
      q.where((eb) => {
        const known = eb.exists(betrokkenenOf(eb).where('b.partij_id', 'is not', null));
        return v ? known : eb.not(known);
      }),
    ),
    hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype: partijIdentificator('code_objecttype'),
    hadBetrokkene__wasPartij__partijIdentificator__codeRegister: partijIdentificator('code_register'),
    hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId: partijIdentificator('code_soort_object_id'),
    hadBetrokkene__wasPartij__partijIdentificator__objectId: partijIdentificator('object_id'),
    hadBetrokkene__wasPartij__url: f.url(byPartij),
    hadBetrokkene__wasPartij__uuid: f.uuid(byPartij),
    indicatieContactGelukt: f.bool((q, v) => q.where('klantcontact.indicatie_contact_gelukt', '=', v)),
    inhoud: text('inhoud'),
    kanaal: text('kanaal'),
    leiddeTotInterneTaken: f.uuid((q, v) =>
      q.where(({ exists, selectFrom }) =>
        exists(selectFrom('interne_taak as t').select('t.id').whereRef('t.klantcontact_id', '=', 'klantcontact.id').where('t.id', '=', v)),
      ),
    ),
    nummer: text('nummer'),
    onderwerp: text('onderwerp'),
    onderwerpobject__onderwerpobjectidentificatorCodeObjecttype: onderwerp('code_objecttype', false),
    onderwerpobject__onderwerpobjectidentificatorCodeRegister: onderwerp('code_register', false),
    onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId: onderwerp('code_soort_object_id', false),
    onderwerpobject__onderwerpobjectidentificatorObjectId: onderwerp('object_id', false),
    onderwerpobject__url: f.url(onderwerpId(false)),
    onderwerpobject__uuid: f.uuid(onderwerpId(false)),
    plaatsgevondenOp: f.dateTime((q, v) => q.where('klantcontact.plaatsgevonden_op', '=', new Date(v))),
    reactie: text('reactie'),
    referentienummer: text('referentienummer'),
    vertrouwelijk: f.bool((q, v) => q.where('klantcontact.vertrouwelijk', '=', v)),
    wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype: onderwerp('code_objecttype', true),
    wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister: onderwerp('code_register', true),
    wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId: onderwerp('code_soort_object_id', true),
    wasOnderwerpobject__onderwerpobjectidentificatorObjectId: onderwerp('object_id', true),
    wasOnderwerpobject__url: f.url(onderwerpId(true)),
    wasOnderwerpobject__uuid: f.uuid(onderwerpId(true)),
  }),
  list,
  load: expandKlantcontacten,
  table: 'klantcontact',
  write: writeKlantcontact,
  remove: deleteKlantcontact,
};
