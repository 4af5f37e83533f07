import type { Db } from '../db/transaction.ts';
import type { NotificatieResource } from '../db/schema.ts';

/**
 * Loket's own notificaties (kanaal `klantinteracties`, as Open Klant announces its resources):
 * recorded in the transaction of the change, so a change is announced if and only if it
 * commits; the publication job delivers them. Kenmerken are what a subscriber may filter on;
 * free text such as a toelichting stays out (the subscriber reads the resource itself).
 */
export type NotificatieActie = 'create' | 'update' | 'partial_update' | 'destroy';

async function meld(db: Db, resource: NotificatieResource, objectId: string, actie: NotificatieActie, kenmerken: Record<string, string>) {
  await db
    .insertInto('notificatie_uit')
    .values({ resource, object_id: objectId, actie, kenmerken: JSON.stringify(kenmerken) })
    .execute();
}

/** A klantcontact was registered (Loket never changes one afterwards through its own screens). */
export async function meldKlantcontact(
  db: Db,
  klantcontactId: string,
  actie: NotificatieActie = 'create',
  /** Its nummer and kanaal when the caller has them (it just inserted the row): saves reading it back. */
  bekend?: { nummer: string; kanaal: string },
): Promise<void> {
  const kc =
    bekend ?? (await db.selectFrom('klantcontact').select(['nummer', 'kanaal']).where('id', '=', klantcontactId).executeTakeFirst());
  await meld(db, 'klantcontact', klantcontactId, actie, kc ? { nummer: kc.nummer, kanaal: kc.kanaal } : {});
}

/**
 * An interne taak was created, changed (assigned, passed on) or closed: closing is an `update`
 * with kenmerk status `verwerkt`, as in Open Klant. Call before a delete, while the row exists.
 */
export async function meldInterneTaak(db: Db, taakId: string, actie: NotificatieActie): Promise<void> {
  const taak = await db
    .selectFrom('interne_taak')
    .select(['nummer', 'gevraagde_handeling', 'status'])
    .where('id', '=', taakId)
    .executeTakeFirst();
  const kenmerken: Record<string, string> = taak
    ? { nummer: taak.nummer, gevraagde_handeling: taak.gevraagde_handeling.slice(0, 1000), status: taak.status }
    : {};
  await meld(db, 'internetaak', taakId, actie, kenmerken);
}
