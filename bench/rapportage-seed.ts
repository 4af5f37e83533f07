import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import { LOKET_SYSTEEM_ACTOR_ID } from '../src/platform/system-actor.ts';

const KANALEN = ['telefoon', 'telefoon', 'telefoon', 'email', 'email', 'webchat', 'webchat', 'whatsapp', 'formulier', 'balie'];
const CATEGORIEEN = ['afval', 'burgerzaken', 'belastingen', 'parkeren', 'overlast', 'openbare-ruimte', 'vergunningen', 'wonen'];
const lijst = (waarden: readonly string[]) => `(array[${waarden.map((w) => `'${w}'`).join(',')}])`;

/**
 * `aantal` closed gesprekken over 2026, each with its klantcontact and topic, in SQL
 * (generate_series, a statement per table). Channels weighted like a KCC (telephone 30 %, e-mail
 * 20 %, chat 20 %, ...); contacts in the opening hours of every day of the year; a partij
 * per ten contacts (one contact in five anonymous), one contact in two on a verzoek (3 per 10 contacts),
 * a medewerker's reply after a wait that fits the channel (one in eight never answered), the
 * bot handing over one chat in three, and one survey answer in ten. Ids are md5 of the row
 * number, so the tables join without a lookup.
 */
export async function seedRapportage(db: Kysely<Database>, aantal: number, medewerkerActorId: string, teamIds: string[]): Promise<void> {
  const id = (soort: string, n: string) => `md5('${soort}' || (${n}))::uuid`;
  const partijen = Math.max(1000, Math.round(aantal / 10));
  const verzoeken = Math.max(1000, Math.round((aantal * 3) / 10));
  // Row i: day of the year, a minute within 08:30–17:00 Amsterdam time, a channel.
  const rij = `
    select i, ${lijst(KANALEN)}[1 + i % ${KANALEN.length}] as kanaal,
      (timestamp '2026-01-01 08:30' + floor((i - 1) * 365.0 / ${aantal}) * interval '1 day'
        + ((i::bigint * 7919) % 510) * interval '1 minute' + (i % 60) * interval '1 second') at time zone 'Europe/Amsterdam' as op
    from generate_series(1, ${aantal}) i`;
  // The wait until a medewerker answers, by channel.
  const wacht = `case kanaal when 'telefoon' then (i % 90) * interval '1 second' when 'webchat' then (i % 150) * interval '1 second'
    when 'whatsapp' then (i % 50) * interval '1 minute' when 'balie' then (i % 15) * interval '1 minute'
    else (i % 4000) * interval '1 minute' end`;
  const stappen = [
    `insert into partij (id, soort_partij, achternaam) select ${id('p', 'j')}, 'persoon', 'Bench ' || j from generate_series(0, ${partijen - 1}) j`,
    `insert into verzoek (id, partij_id, onderwerp) select ${id('v', 'j')}, ${id('p', `j % ${partijen}`)}, 'Bench' from generate_series(0, ${verzoeken - 1}) j`,
    `insert into klantcontact (id, kanaal, onderwerp, plaatsgevonden_op, verzoek_id)
       select ${id('k', 'i')}, kanaal, 'Bench', op, case when i % 2 = 0 then ${id('v', `i % ${verzoeken}`)} end from (${rij}) r`,
    `insert into gesprek (id, kanaal, partij_id, klantcontact_id, status, gestart_op, gewijzigd_op, afgesloten_op, team_id)
       select ${id('g', 'i')}, kanaal, case when i % 5 <> 0 then ${id('p', `(i::bigint * 31) % ${partijen}`)} end, ${id('k', 'i')}, 'afgehandeld',
         op, op + ${wacht} + interval '5 minutes', op + ${wacht} + interval '5 minutes',
         (${lijst(teamIds)}::uuid[])[1 + i % ${teamIds.length}]
       from (${rij}) r`,
    `insert into bericht (gesprek_id, richting, afzender_actor_id, inhoud, verzonden_op, metadata)
       select ${id('g', 'i')}, 'uitgaand', '${LOKET_SYSTEEM_ACTOR_ID}', 'Ik verbind u door', op + interval '20 seconds', '{"bot":{"handoff":"vraag"}}'
       from (${rij}) r where kanaal = 'webchat' and i % 3 = 0`,
    `insert into bericht (gesprek_id, richting, afzender_actor_id, inhoud, verzonden_op)
       select ${id('g', 'i')}, 'uitgaand', '${medewerkerActorId}', 'Antwoord', op + ${wacht} from (${rij}) r where i % 8 <> 0`,
    `insert into klantcontact_onderwerp (klantcontact_id, categorie, zekerheid, bron, kanaal, partij_id, plaatsgevonden_op, week_start)
       select ${id('k', 'i')}, ${lijst(CATEGORIEEN)}[1 + (i * 13) % ${CATEGORIEEN.length}], 0.9, 'classifier', kanaal,
         case when i % 5 <> 0 then ${id('p', `(i::bigint * 31) % ${partijen}`)} end, op, date_trunc('week', op at time zone 'Europe/Amsterdam')::date
       from (${rij}) r`,
    `insert into enquete (gesprek_id, kanaal, token_hash, verstuurd_op, verloopt_op, beantwoord_op, tevredenheid, vraag_beantwoord)
       select ${id('g', 'i')}, kanaal, md5('e' || i), op + interval '1 hour', op + interval '8 days', op + interval '2 hours',
         1 + (i * 7) % 5, i % 4 <> 0
       from (${rij}) r where i % 10 = 0`,
  ];
  for (const stap of stappen) await sql.raw(stap).execute(db);
}
