import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { localDay } from '../platform/local-day.ts';

export interface InboxFilter {
  kanaal?: string | undefined;
  status?: string | undefined;
  filter: 'alle' | 'mijn' | 'ongetoegewezen';
  teamId?: string | undefined;
  /** A normalised label (see normaliseLabel): only gesprekken that carry it. */
  label?: string | undefined;
  /** 'wachttijd': longest waiting first; 'oudste'/'nieuwste': by start, or by last message. */
  sorteer: InboxSortering;
  /** The inbox, or the snoozed gesprekken instead ('gesluimerd'). */
  weergave: 'inbox' | 'gesluimerd';
  medewerkerId: string;
  limit: number;
  /** The app's clock: a snooze ends when it passes this, without a job. */
  now: Date;
}

export type InboxSortering = 'wachttijd' | 'oudste' | 'nieuwste';

/** Open gesprekken across channels, longest waiting first unless asked otherwise; snoozed ones apart. */
export function inboxRows(db: Db, f: InboxFilter) {
  let query = db
    .selectFrom('gesprek as g')
    .leftJoin('partij as p', 'p.id', 'g.partij_id')
    .leftJoin('medewerker as m', 'm.id', 'g.toegewezen_aan')
    .leftJoin('team as t', 't.id', 'g.team_id')
    .select([
      'g.id',
      'g.kanaal',
      'g.status',
      'g.onderwerp',
      'g.partij_id',
      'g.wacht_sinds',
      'g.gestart_op',
      'g.laatste_bericht_op',
      'g.toegewezen_aan',
      'g.geverifieerd_op',
      'g.gesluimerd_tot',
      'm.naam as medewerker_naam',
      'g.team_id',
      't.naam as team_naam',
      'p.voornaam',
      'p.voorletters',
      'p.achternaam',
      'p.organisatie_naam',
      'p.soort_partij',
    ])
    .where('g.status', '<>', 'afgehandeld');
  if (f.kanaal) query = query.where('g.kanaal', '=', f.kanaal);
  if (f.status) query = query.where('g.status', '=', f.status);
  if (f.teamId) query = query.where('g.team_id', '=', f.teamId);
  if (f.filter === 'mijn') query = query.where('g.toegewezen_aan', '=', f.medewerkerId);
  if (f.filter === 'ongetoegewezen') query = query.where('g.toegewezen_aan', 'is', null);
  if (f.label) {
    const label = f.label;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('gesprek_label as l').select('l.label').whereRef('l.gesprek_id', '=', 'g.id').where('l.label', '=', label)),
    );
  }
  query =
    f.weergave === 'gesluimerd'
      ? query.where('g.gesluimerd_tot', '>', f.now)
      : query.where((eb) => eb.or([eb('g.gesluimerd_tot', 'is', null), eb('g.gesluimerd_tot', '<=', f.now)]));
  if (f.sorteer === 'oudste') query = query.orderBy('g.gestart_op');
  else if (f.sorteer === 'nieuwste') query = query.orderBy(sql`coalesce(g.laatste_bericht_op, g.gestart_op)`, 'desc');
  else query = query.orderBy(sql`coalesce(g.wacht_sinds, g.laatste_bericht_op, g.gestart_op)`);
  return query.orderBy('g.id').limit(f.limit).execute();
}

/** `now` is the app's clock, not the database's: a test's fixed moment must hold for both. */
export function teamleiderQueues(db: Db, now: Date) {
  return sql<{ kanaal: string; wachtend: number; langste: number | null }>`
    select kanaal, count(*)::int as wachtend,
           extract(epoch from ${now}::timestamptz - min(coalesce(wacht_sinds, gestart_op)))::int as langste
      from gesprek
     where status = 'open'
     group by kanaal
     order by kanaal`.execute(db);
}

/** An agent whose desktop went away longer than the grace period ago shows as offline, whatever they chose. */
export function teamleiderAgents(db: Db, now: Date) {
  return sql<{ id: string; naam: string; status: string | null; actief: number }>`
    select m.id, m.naam, case when a.aanwezig_tot > ${now}::timestamptz then a.status else 'offline' end as status,
           (select count(*)::int from gesprek g where g.toegewezen_aan = m.id and g.status in ('toegewezen', 'wacht_op_klant')) as actief
      from medewerker m
      left join aanwezigheid a on a.medewerker_id = m.id
     where m.actief and (m.rollen ? 'kcc' or m.rollen ? 'teamleider')
     order by m.naam`.execute(db);
}

/** Contacts on the day in Amsterdam that holds `now` (from midnight to midnight there). */
export function volumesToday(db: Db, now: Date) {
  const day = localDay(now);
  return sql<{ kanaal: string; aantal: number }>`
    select kanaal, count(*)::int as aantal
      from klantcontact
     where plaatsgevonden_op >= ${day}::date::timestamp at time zone 'Europe/Amsterdam'
       and plaatsgevonden_op < (${day}::date + 1)::timestamp at time zone 'Europe/Amsterdam'
     group by kanaal
     order by kanaal`.execute(db);
}

/**
 * The gesprekken waiting for this medewerker, as the inbox badge counts them: a citizen waits for
 * an answer in one assigned to them, or in an open one nobody has taken; not while snoozed. Ids and channels only.
 */
export function wachtendVoor(db: Db, medewerkerId: string, limit: number, now: Date) {
  return (
    db
      .selectFrom('gesprek')
      .select(['id', 'kanaal'])
      .where('status', '<>', 'afgehandeld')
      .where('wacht_sinds', 'is not', null)
      // A snoozed gesprek waits for no one until its time passes.
      .where((eb) => eb.or([eb('gesluimerd_tot', 'is', null), eb('gesluimerd_tot', '<=', now)]))
      .where((eb) =>
        eb.or([eb('toegewezen_aan', '=', medewerkerId), eb.and([eb('toegewezen_aan', 'is', null), eb('status', '=', 'open')])]),
      )
      .orderBy('wacht_sinds')
      .limit(limit)
      .execute()
  );
}
