import { sql } from 'kysely';
import type { Adres } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';
import { normalisePageUrl } from '../content-gaps/page-url.ts';
import type { TopicRow, TopicSource } from './assign-topic.ts';

const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** A location group as forms (`locatie`: adres, postcode, lat, lon) and imports store it. */
function locatieOf(metadata: Record<string, unknown> | null | undefined): TopicSource['locatie'] {
  const l = (metadata?.locatie ?? metadata?.import) as Record<string, unknown> | undefined;
  if (!l || typeof l !== 'object') return null;
  return { lat: num(l.lat), lon: num(l.lon), straat: str(l.straat) ?? str(l.adres), postcode: str(l.postcode) };
}

/** Everything that decides the topic and wijk of the given klantcontacten. */
export async function topicSources(db: Db, ids: readonly string[]): Promise<TopicSource[]> {
  if (ids.length === 0) return [];
  const [contacts, klanten, gesprekken, artikelen] = await Promise.all([
    db
      .selectFrom('klantcontact')
      .select(['id', 'kanaal', 'inhoud', 'plaatsgevonden_op', 'metadata', 'hoofd_onderwerp_type'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('betrokkene')
      .leftJoin('partij', 'partij.id', 'betrokkene.partij_id')
      .select(['betrokkene.klantcontact_id', 'betrokkene.partij_id', 'partij.bezoekadres', 'betrokkene.bezoekadres as betrokkene_adres'])
      .where('betrokkene.klantcontact_id', 'in', ids)
      .where('betrokkene.rol', '=', 'klant')
      .execute(),
    db.selectFrom('gesprek').select(['klantcontact_id', 'metadata']).where('klantcontact_id', 'in', ids).execute(),
    db
      .selectFrom('onderwerpobject')
      .select(['klantcontact_id', 'object_id'])
      .where('klantcontact_id', 'in', ids)
      .where('code_objecttype', '=', 'kennisartikel')
      .execute(),
  ]);
  const klant = new Map(klanten.map((k) => [k.klantcontact_id, k]));
  const gesprek = new Map(gesprekken.map((g) => [g.klantcontact_id, g.metadata]));
  const artikel = new Map(artikelen.map((a) => [a.klantcontact_id, a.object_id]));
  return contacts.map((c) => {
    const g = gesprek.get(c.id) ?? null;
    const k = klant.get(c.id);
    const adres = (k?.bezoekadres ?? k?.betrokkene_adres ?? null) as Adres | null;
    return {
      klantcontactId: c.id,
      kanaal: c.kanaal,
      inhoud: c.inhoud,
      plaatsgevondenOp: c.plaatsgevonden_op,
      partijId: k?.partij_id ?? null,
      paginaUrl: normalisePageUrl(str(g?.paginaUrl) ?? str(c.metadata?.paginaUrl)),
      agent: c.hoofd_onderwerp_type ? { categorie: c.hoofd_onderwerp_type, artikelId: artikel.get(c.id) ?? null } : null,
      locatie: locatieOf(g) ?? locatieOf(c.metadata),
      bezoekadres: adres ? { straat: adres.straatnaam ?? null, postcode: adres.postcode ?? null } : null,
    };
  });
}

const COLUMNS = [
  'categorie',
  'artikel_id',
  'zekerheid',
  'bron',
  'wijk',
  'geplaatst_via',
  'kanaal',
  'partij_id',
  'pagina_url',
  'plaatsgevonden_op',
  'week_start',
] as const;

/** Multi-row upsert; callers keep batches to a few thousand rows (12 parameters a row). */
export async function upsertTopics(db: Db, rows: readonly TopicRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('klantcontact_onderwerp')
    .values(rows.map((r) => ({ ...r })))
    .onConflict((oc) =>
      oc.column('klantcontact_id').doUpdateSet((eb) => Object.fromEntries(COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]))),
    )
    .execute();
}

/** Klantcontacten without a topic yet (registered through the API, or missed by a failed hook). */
export async function klantcontactenWithoutTopic(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('klantcontact')
    .select('klantcontact.id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('klantcontact_onderwerp as o').select('o.klantcontact_id').whereRef('o.klantcontact_id', '=', 'klantcontact.id')),
      ),
    )
    .orderBy('klantcontact.aangemaakt_op', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Makes agents' wrap-up topics override the classifier's: returns how many rows changed. */
export async function applyAgentTopics(db: Db): Promise<number> {
  const result = await sql`
    update klantcontact_onderwerp o
       set bron = 'agent', zekerheid = 1, categorie = k.hoofd_onderwerp_type,
           artikel_id = (select ob.object_id from onderwerpobject ob
                          where ob.klantcontact_id = k.id and ob.code_objecttype = 'kennisartikel'
                          order by ob.id limit 1)
      from klantcontact k
     where k.id = o.klantcontact_id
       and k.hoofd_onderwerp_type is not null
       and (o.bron <> 'agent' or o.categorie <> k.hoofd_onderwerp_type)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
