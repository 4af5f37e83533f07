import { deleteBetrokkeneRecord } from '../contacts/klantcontact-records.service.ts';
import { sql } from 'kysely';
import { expandBetrokkenen } from './expansions.ts';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import { BETROKKENE_REQUIRED, betrokkeneProperties, writeBetrokkene, type BetrokkeneBody } from './klantcontacten.write.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, FkRef } from './schemas.ts';

const list = (k: KiContext) =>
  k.trx
    .selectFrom('betrokkene')
    .innerJoin('klantcontact', 'klantcontact.id', 'betrokkene.klantcontact_id')
    .leftJoin('partij', 'partij.id', 'betrokkene.partij_id')
    .select('betrokkene.id')
    .orderBy('betrokkene.id');
type Q = ReturnType<typeof list>;

const contactnaam = (field: string) => f.string<Q>((q, v) => q.where(sql<string>`betrokkene.contactnaam->>${field}`, '=', v));
const byKlantcontact = (q: Q, v: string) => q.where('betrokkene.klantcontact_id', '=', v);
const byAdres = (q: Q, v: string) =>
  q.where(({ exists, selectFrom }) =>
    exists(selectFrom('digitaal_adres as a').select('a.id').whereRef('a.betrokkene_id', '=', 'betrokkene.id').where('a.id', '=', v)),
  );
const byPartij = (q: Q, v: string) => q.where('betrokkene.partij_id', '=', v);
const partijIdentificator = (column: 'code_objecttype' | 'code_register' | 'code_soort_object_id' | 'object_id') =>
  f.string<Q>((q, v) =>
    q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partij_identificator as i')
          .select('i.id')
          .whereRef('i.partij_id', '=', 'betrokkene.partij_id')
          .where(`i.${column}`, '=', v),
      ),
    ),
  );

export const betrokkenenResource: ResourceDef<Q, BetrokkeneBody> = {
  path: 'betrokkenen',
  noun: 'Betrokkene',
  lezen: 'klantcontact:lezen',
  schrijven: 'klantcontact:schrijven',
  ...bodySchemas({ ...betrokkeneProperties, hadKlantcontact: FkRef }, [...BETROKKENE_REQUIRED, 'hadKlantcontact']),
  expand: ['digitaleAdressen'],
  filters: defineFilters<Q>({
    contactnaamAchternaam: contactnaam('achternaam'),
    contactnaamVoorletters: contactnaam('voorletters'),
    contactnaamVoornaam: contactnaam('voornaam'),
    contactnaamVoorvoegselAchternaam: contactnaam('voorvoegselAchternaam'),
    hadKlantcontact__nummer: f.string((q, v) => q.where('klantcontact.nummer', '=', v)),
    hadKlantcontact__referentienummer: f.string((q, v) => q.where('klantcontact.referentienummer', '=', v)),
    hadKlantcontact__url: f.url(byKlantcontact),
    hadKlantcontact__uuid: f.uuid(byKlantcontact),
    organisatienaam: f.string((q, v) => q.where('betrokkene.organisatienaam', '=', v)),
    verstrektedigitaalAdres__adres: f.string((q, v) =>
      q.where(({ exists, selectFrom }) =>
        exists(selectFrom('digitaal_adres as a').select('a.id').whereRef('a.betrokkene_id', '=', 'betrokkene.id').where('a.adres', '=', v)),
      ),
    ),
    verstrektedigitaalAdres__url: f.url(byAdres),
    verstrektedigitaalAdres__uuid: f.uuid(byAdres),
    wasPartij__nummer: f.string((q, v) => q.where('partij.nummer', '=', v)),
    wasPartij__partijIdentificator__codeObjecttype: partijIdentificator('code_objecttype'),
    wasPartij__partijIdentificator__codeRegister: partijIdentificator('code_register'),
    wasPartij__partijIdentificator__codeSoortObjectId: partijIdentificator('code_soort_object_id'),
    wasPartij__partijIdentificator__objectId: partijIdentificator('object_id'),
    wasPartij__url: f.url(byPartij),
    wasPartij__uuid: f.uuid(byPartij),
  }),
  list,
  load: expandBetrokkenen,
  table: 'betrokkene',
  remove: (k, id) => deleteBetrokkeneRecord(k.trx, id),
  write: writeBetrokkene,
};
