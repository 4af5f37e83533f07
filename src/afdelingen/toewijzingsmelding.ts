import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';

/**
 * The e-mail an afdeling asks for when a task is assigned to one of its teams or their members:
 * to the assignee (the medewerker's address, or the team's own for a task sent to the team) or to
 * the afdeling's group mailbox. Recorded in the assigning transaction; sent by `verstuurMeldingen`.
 */
export async function meldToewijzing(db: Db, taakId: string, actorIds: readonly string[]): Promise<number> {
  if (actorIds.length === 0) return 0;
  const ids = [...actorIds];
  const viaTeam = await db
    .selectFrom('team')
    .innerJoin('afdeling', 'afdeling.id', 'team.afdeling_id')
    .select(['afdeling.toewijzingsmelding', 'afdeling.groepsmailbox', 'team.email as toegewezene'])
    .where('team.actor_id', 'in', ids)
    .execute();
  const viaLid = await db
    .selectFrom('medewerker')
    .innerJoin('team_lid', 'team_lid.medewerker_id', 'medewerker.id')
    .innerJoin('team', 'team.id', 'team_lid.team_id')
    .innerJoin('afdeling', 'afdeling.id', 'team.afdeling_id')
    .select(['afdeling.toewijzingsmelding', 'afdeling.groepsmailbox', 'medewerker.email as toegewezene'])
    .where('medewerker.actor_id', 'in', ids)
    .execute();
  const aan = new Set<string>();
  for (const r of [...viaTeam, ...viaLid]) {
    const adres =
      r.toewijzingsmelding === 'groepsmailbox' ? r.groepsmailbox : r.toewijzingsmelding === 'toegewezene' ? r.toegewezene : null;
    if (adres) aan.add(adres.toLowerCase());
  }
  if (aan.size === 0) return 0;
  await db
    .insertInto('taak_melding')
    .values([...aan].map((adres) => ({ interne_taak_id: taakId, aan: adres })))
    .execute();
  return aan.size;
}

export interface MeldingMail {
  aan: string;
  onderwerp: string;
  tekst: string;
}

export interface MeldingMailer {
  send(mail: MeldingMail): Promise<void>;
}

const MAX_POGINGEN = 8;
const LEASE = sql`interval '5 minutes'`;

/** The mail: the task's subject and a link; no name, address or other data of the citizen. */
export function meldingTekst(taak: { id: string; gevraagde_handeling: string }, publicUrl: string): { onderwerp: string; tekst: string } {
  const titel = taak.gevraagde_handeling.replace(/\s+/g, ' ').trim().slice(0, 120);
  return {
    onderwerp: `Nieuwe taak in Loket: ${titel}`,
    tekst: `Er is een taak toegewezen aan u of uw team:\n\n${titel}\n\nBekijk en behandel de taak in Loket:\n${publicUrl}/#/werklijst/${taak.id}\n\nDit bericht is automatisch verstuurd door Loket.`,
  };
}

/** Sends due assignment mails one by one (claimed with a lease, so nodes never send one twice); retries with back-off. */
export async function verstuurMeldingen(
  db: Db,
  mailer: MeldingMailer,
  opties: { publicUrl: string; now: () => Date },
): Promise<{ verstuurd: number; mislukt: number }> {
  const telling = { verstuurd: 0, mislukt: 0 };
  for (;;) {
    const melding = await inTransaction(db, async (trx) => {
      const row = await trx
        .selectFrom('taak_melding')
        .innerJoin('interne_taak', 'interne_taak.id', 'taak_melding.interne_taak_id')
        .select([
          'taak_melding.id',
          'taak_melding.aan',
          'taak_melding.pogingen',
          'interne_taak.id as taak_id',
          'interne_taak.gevraagde_handeling',
        ])
        .where('taak_melding.status', '=', 'te_versturen')
        .where('taak_melding.volgende_poging_op', '<=', opties.now())
        .orderBy('taak_melding.volgende_poging_op')
        .limit(1)
        .forUpdate('taak_melding')
        .skipLocked()
        .executeTakeFirst();
      if (row)
        await trx
          .updateTable('taak_melding')
          .set({ volgende_poging_op: sql`${opties.now()}::timestamptz + ${LEASE}` })
          .where('id', '=', row.id)
          .execute();
      return row;
    });
    if (!melding) return telling;
    const { onderwerp, tekst } = meldingTekst({ id: melding.taak_id, gevraagde_handeling: melding.gevraagde_handeling }, opties.publicUrl);
    try {
      await mailer.send({ aan: melding.aan, onderwerp, tekst });
      await db
        .updateTable('taak_melding')
        .set({ status: 'verstuurd', fout: null, pogingen: melding.pogingen + 1 })
        .where('id', '=', melding.id)
        .execute();
      telling.verstuurd++;
    } catch (error) {
      const pogingen = melding.pogingen + 1;
      const laatste = pogingen >= MAX_POGINGEN;
      await db
        .updateTable('taak_melding')
        .set({
          status: laatste ? 'mislukt' : 'te_versturen',
          pogingen,
          fout: String(error instanceof Error ? error.message : error).slice(0, 1000),
          volgende_poging_op: new Date(opties.now().getTime() + 60_000 * 2 ** pogingen),
        })
        .where('id', '=', melding.id)
        .execute();
      telling.mislukt++;
    }
  }
}
