import {
  deleteVertegenwoordigingRecord,
  insertVertegenwoordigingRecord,
  updateVertegenwoordigingRecord,
} from '../parties/partij-gegevens.service.ts';
import { defineFilters, f } from './filters.ts';
import { inOrder, type KiContext } from './ki-context.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, defined, FkRef, requireFk } from './schemas.ts';

const properties = { vertegenwoordigendePartij: FkRef, vertegenwoordigdePartij: FkRef };

interface VertegenwoordigingBody {
  vertegenwoordigendePartij: FkRef;
  vertegenwoordigdePartij: FkRef;
}

async function write(k: KiContext, id: string | null, body: Partial<VertegenwoordigingBody>): Promise<string> {
  const values = defined({
    vertegenwoordigende_partij_id: (await requireFk(k, 'partij', body.vertegenwoordigendePartij, 'vertegenwoordigendePartij')) ?? undefined,
    vertegenwoordigde_partij_id: (await requireFk(k, 'partij', body.vertegenwoordigdePartij, 'vertegenwoordigdePartij')) ?? undefined,
  });
  if (id) {
    await updateVertegenwoordigingRecord(k.trx, id, values);
    return id;
  }
  return insertVertegenwoordigingRecord(k.trx, {
    vertegenwoordigende_partij_id: values.vertegenwoordigende_partij_id ?? '',
    vertegenwoordigde_partij_id: values.vertegenwoordigde_partij_id ?? '',
  });
}

async function load(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('vertegenwoordiging').selectAll().where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((v) => {
    k.touch('partij', v.vertegenwoordigende_partij_id, ['vertegenwoordiging'], 'vertegenwoordiger');
    k.touch('partij', v.vertegenwoordigde_partij_id, ['vertegenwoordiging'], 'klant');
    return {
      uuid: v.id,
      url: k.urls.of('vertegenwoordigingen', v.id),
      vertegenwoordigendePartij: k.urls.fk('partijen', v.vertegenwoordigende_partij_id),
      vertegenwoordigdePartij: k.urls.fk('partijen', v.vertegenwoordigde_partij_id),
    };
  });
}

const list = (k: KiContext) => k.trx.selectFrom('vertegenwoordiging').select('vertegenwoordiging.id').orderBy('vertegenwoordiging.id');
type Q = ReturnType<typeof list>;
const byVertegenwoordigde = (q: Q, v: string) => q.where('vertegenwoordigde_partij_id', '=', v);
const byVertegenwoordigende = (q: Q, v: string) => q.where('vertegenwoordigende_partij_id', '=', v);

/** Vertegenwoordigingen: one partij acting for another (a guardian, a bewindvoerder, a director). */
export const vertegenwoordigingenResource: ResourceDef<Q, VertegenwoordigingBody> = {
  path: 'vertegenwoordigingen',
  noun: 'Vertegenwoordiging',
  lezen: 'partij:lezen',
  schrijven: 'partij:schrijven',
  ...bodySchemas(properties, ['vertegenwoordigendePartij', 'vertegenwoordigdePartij']),
  filters: defineFilters<Q>({
    vertegenwoordigdePartij__url: f.url(byVertegenwoordigde),
    vertegenwoordigdePartij__uuid: f.uuid(byVertegenwoordigde),
    vertegenwoordigendePartij__url: f.url(byVertegenwoordigende),
    vertegenwoordigendePartij__uuid: f.uuid(byVertegenwoordigende),
  }),
  list,
  load,
  table: 'vertegenwoordiging',
  remove: (k, id) => deleteVertegenwoordigingRecord(k.trx, id),
  write: write,
};
