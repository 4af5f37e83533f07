import { sql } from 'kysely';
import type { BewaartermijnenConfig } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

/** Rows per statement, so one run never holds long locks or builds a huge transaction. */
const BATCH = 2000;

export interface Bewaarregel {
  /** Stable name, also the key of the bookkeeping row. */
  regel: string;
  /** What goes, in Dutch, for the beheerder's overview. */
  omschrijving: string;
  /** Days kept, or null when the row itself says when it expires. */
  dagen: number | null;
  /** The environment variable that sets `dagen`; null when there is none. */
  variabele: string | null;
  /** Removes (or empties) one batch of expired rows; returns how many. */
  batch(db: Db, cutoff: Date): Promise<number>;
}

const count = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint } | undefined) =>
  Number(result?.numDeletedRows ?? result?.numUpdatedRows ?? 0n);

/** Deletes one batch of the rows of `table` whose `column` lies before `cutoff`, by primary key. */
async function deleteBefore(db: Db, table: keyof Database, key: string, column: string, cutoff: Date): Promise<number> {
  const result = await sql`
    delete from ${sql.table(table)}
     where ${sql.ref(key)} in (select ${sql.ref(key)} from ${sql.table(table)} where ${sql.ref(column)} < ${cutoff} limit ${BATCH})`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0n);
}

/**
 * Loket's retention rules for personal data outside the contact history itself. The
 * klantcontacten, gesprekken and verzoeken follow the municipality's archive selection list
 * and are not removed here (see README, "Bewaartermijnen").
 */
export function bewaarregels(config: BewaartermijnenConfig): Bewaarregel[] {
  return [
    {
      regel: 'sessies',
      omschrijving:
        'Verlopen inlogsessies van medewerkers, onafgemaakte OIDC-aanmeldingen en tellers van de inlogrem (na een dag), inlogpogingen (na 30 dagen).',
      dagen: null,
      variabele: null,
      async batch(db, now) {
        const dayAgo = new Date(now.getTime() - 86_400_000);
        const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
        return (
          (await deleteBefore(db, 'sessie', 'token_hash', 'verloopt_op', now)) +
          (await deleteBefore(db, 'oidc_poging', 'state', 'aangemaakt_op', dayAgo)) +
          (await deleteBefore(db, 'drempel_teller', 'sleutel', 'laatste_poging', dayAgo)) +
          (await deleteBefore(db, 'inlogpoging', 'id', 'tijdstip', monthAgo))
        );
      },
    },
    {
      regel: 'webchat-sessies',
      omschrijving: 'Sessies van de chatwidget na de laatste activiteit.',
      dagen: config.webchatSessiesDagen,
      variabele: 'BEWAARTERMIJN_WEBCHAT_SESSIES_DAGEN',
      async batch(db, cutoff) {
        return deleteBefore(db, 'webchat_sessie', 'id', 'laatst_actief_op', cutoff);
      },
    },
    {
      regel: 'ruwe-berichten',
      omschrijving:
        'Ontvangen berichten in hun oorspronkelijke vorm (MIME, webhook), nadat ze verwerkt zijn; het kanaal-id blijft om dubbele bezorging te herkennen.',
      dagen: config.ruweBerichtenDagen,
      variabele: 'BEWAARTERMIJN_RUWE_BERICHTEN_DAGEN',
      async batch(db, cutoff) {
        const result = await db
          .updateTable('inkomend_bericht')
          .set({ ruw: null, bericht: sql`'{}'::jsonb` })
          .where('id', 'in', (eb) =>
            eb
              .selectFrom('inkomend_bericht')
              .select('id')
              .where('status', '=', 'verwerkt')
              .where('verwerkt_op', '<', cutoff)
              .where((w) => w.or([w('ruw', 'is not', null), w(sql`bericht`, '<>', sql`'{}'::jsonb`)]))
              .limit(BATCH),
          )
          .executeTakeFirst();
        return count(result);
      },
    },
    {
      regel: 'botvragen',
      omschrijving: 'Vragen van inwoners aan de bot en hun feedback (trainingsvoorbeelden die een medewerker koos blijven).',
      dagen: config.botvragenDagen,
      variabele: 'BEWAARTERMIJN_BOTVRAGEN_DAGEN',
      async batch(db, cutoff) {
        return (
          (await deleteBefore(db, 'bot_feedback', 'id', 'gegeven_op', cutoff)) +
          (await deleteBefore(db, 'bot_vraag', 'id', 'gesteld_op', cutoff))
        );
      },
    },
    {
      regel: 'transcripten',
      omschrijving: 'Uitgeschreven telefoongesprekken na afloop van het gesprek (de analyse-uitkomsten blijven).',
      dagen: config.transcriptenDagen,
      variabele: 'BEWAARTERMIJN_TRANSCRIPTEN_DAGEN',
      async batch(db, cutoff) {
        const calls = db
          .selectFrom('telefoongesprek')
          .select('telefoongesprek.id')
          .where('beeindigd_op', '<', cutoff)
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('transcriptsegment as s')
                .select('s.telefoongesprek_id')
                .whereRef('s.telefoongesprek_id', '=', 'telefoongesprek.id'),
            ),
          )
          .limit(Math.ceil(BATCH / 100));
        const result = await db.deleteFrom('transcriptsegment').where('telefoongesprek_id', 'in', calls).executeTakeFirst();
        return count(result);
      },
    },
    {
      regel: 'verwerkingslog',
      omschrijving: 'Regels van de verwerkingenlogging, na de bewaartermijn die elke regel zelf vermeldt.',
      dagen: null,
      variabele: null,
      async batch(db, now) {
        const result = await db
          .deleteFrom('verwerkingsactie')
          .where('id', 'in', (eb) =>
            eb
              .selectFrom('verwerkingsactie')
              .select('id')
              .where(sql<boolean>`tijdstip + bewaartermijn::interval < ${now}`)
              .limit(BATCH),
          )
          .executeTakeFirst();
        return count(result);
      },
    },
  ];
}

export interface Opschoning {
  regel: string;
  aantal: number;
}

/**
 * Applies every rule until nothing expired is left. Safe on several nodes at once: each
 * statement removes what is expired at that moment, and a row gone already is simply not found.
 */
export async function pasBewaartermijnenToe(db: Db, config: BewaartermijnenConfig, now: Date): Promise<Opschoning[]> {
  const results: Opschoning[] = [];
  for (const rule of bewaarregels(config)) {
    const cutoff = rule.dagen === null ? now : new Date(now.getTime() - rule.dagen * 86_400_000);
    let aantal = 0;
    for (let removed = await rule.batch(db, cutoff); removed > 0; removed = await rule.batch(db, cutoff)) aantal += removed;
    await db
      .insertInto('bewaartermijn_opschoning')
      .values({ regel: rule.regel, laatst_op: now, laatst_aantal: aantal, totaal: aantal })
      .onConflict((oc) =>
        oc.column('regel').doUpdateSet({ laatst_op: now, laatst_aantal: aantal, totaal: sql`bewaartermijn_opschoning.totaal + ${aantal}` }),
      )
      .execute();
    results.push({ regel: rule.regel, aantal });
  }
  return results;
}
