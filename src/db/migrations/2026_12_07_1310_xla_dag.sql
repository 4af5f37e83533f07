-- The XLA report over a year adds up days instead of judging a million gesprekken (issue 15).
-- Per Amsterdam day on which gesprekken closed, per channel, topic and team: the sums the report
-- needs (src/rapportage/xla-dagen.ts). A day is stored only once every gesprek of it can be judged
-- for first-contact resolution (its 168 hours are over), so a stored day does not depend on the
-- clock; the days after that are counted from the gesprekken at each report. The rapportage job
-- counts the days that have none yet (the backfill of existing gesprekken, a month per run) and a
-- report counts the days of its period that are still missing.
create table xla_dag (
  dag date not null,
  kanaal text not null,
  onderwerp text,
  team_id uuid,
  contacten integer not null,
  enquetes integer not null,
  som_tevredenheid integer not null,
  tevreden integer not null,
  fcr_basis integer not null,
  opgelost integer not null,
  herhaalcontacten integer not null
);
create index xla_dag_dag_idx on xla_dag (dag);
-- The distinct verzoeken of a day's gesprekken per channel, topic and team, with the verzoek's
-- contacts and channels as counted: effort per verzoek counts a verzoek once per group over the
-- whole period, which day sums cannot do.
create table xla_dag_verzoek (
  dag date not null,
  kanaal text not null,
  onderwerp text,
  team_id uuid,
  verzoek_id uuid not null,
  contacten integer not null,
  kanalen integer not null
);
create index xla_dag_verzoek_dag_idx on xla_dag_verzoek (dag) include (kanaal, onderwerp, team_id, verzoek_id, contacten, kanalen);
create index xla_dag_verzoek_verzoek_idx on xla_dag_verzoek (verzoek_id);
-- Which days are stored; forgetting a day (below) makes the next report or job count it again.
create table xla_dag_geteld (dag date primary key);

-- The gesprek of a klantcontact, for the triggers below.
create index gesprek_klantcontact_idx on gesprek (klantcontact_id) where klantcontact_id is not null;

-- The triggers run once per statement over its transition tables, so a bulk insert (an import, a
-- backfill) forgets its days in one pass instead of a call per row.
create function xla_dag_vergeet_dagen(dagen date[]) returns void language sql as $$
  delete from xla_dag_geteld where dag = any (dagen)
$$;

-- A change to a closed gesprek changes its own day.
create function xla_dag_gesprek() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform xla_dag_vergeet_dagen(array(select distinct (afgesloten_op at time zone 'Europe/Amsterdam')::date from nieuw where afgesloten_op is not null));
  elsif tg_op = 'DELETE' then
    perform xla_dag_vergeet_dagen(array(select distinct (afgesloten_op at time zone 'Europe/Amsterdam')::date from oud where afgesloten_op is not null));
  else
    perform xla_dag_vergeet_dagen(array(
      select distinct (t.op at time zone 'Europe/Amsterdam')::date
      from oud o join nieuw n on n.id = o.id
      cross join lateral (values (o.afgesloten_op), (n.afgesloten_op)) as t(op)
      where t.op is not null
        and (o.kanaal, o.afgesloten_op, o.gestart_op, o.team_id, o.partij_id, o.klantcontact_id, o.verzoek_id)
          is distinct from (n.kanaal, n.afgesloten_op, n.gestart_op, n.team_id, n.partij_id, n.klantcontact_id, n.verzoek_id)));
  end if;
  return null;
end $$;
create trigger gesprek_xla_dag_insert after insert on gesprek referencing new table as nieuw
  for each statement execute function xla_dag_gesprek();
create trigger gesprek_xla_dag_update after update on gesprek referencing old table as oud new table as nieuw
  for each statement execute function xla_dag_gesprek();
create trigger gesprek_xla_dag_delete after delete on gesprek referencing old table as oud
  for each statement execute function xla_dag_gesprek();

-- A survey answer changes the day of its gesprek.
create function xla_dag_enquete() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    perform xla_dag_vergeet_dagen(array(
      select distinct (g.afgesloten_op at time zone 'Europe/Amsterdam')::date from oud e join gesprek g on g.id = e.gesprek_id
      where g.afgesloten_op is not null));
  end if;
  if tg_op <> 'DELETE' then
    perform xla_dag_vergeet_dagen(array(
      select distinct (g.afgesloten_op at time zone 'Europe/Amsterdam')::date from nieuw e join gesprek g on g.id = e.gesprek_id
      where g.afgesloten_op is not null));
  end if;
  return null;
end $$;
create trigger enquete_xla_dag_insert after insert on enquete referencing new table as nieuw
  for each statement execute function xla_dag_enquete();
create trigger enquete_xla_dag_update after update on enquete referencing old table as oud new table as nieuw
  for each statement execute function xla_dag_enquete();
create trigger enquete_xla_dag_delete after delete on enquete referencing old table as oud
  for each statement execute function xla_dag_enquete();

-- A klantcontact's topic decides its own gesprek's topic, whether an earlier gesprek of the same
-- partij on that topic (closed up to 168 hours before) was resolved at first contact, and whether
-- a later one (started up to 168 hours after) is a repeat: every day from 168 hours before it on.
-- A contact stored now forgets only days that are not stored yet, so this costs nothing then.
create function xla_dag_vergeet_contacten(klantcontacten uuid[], vanaf timestamptz) returns void language sql as $$
  delete from xla_dag_geteld where dag >= ((vanaf - interval '168 hours') at time zone 'Europe/Amsterdam')::date;
  delete from xla_dag_geteld where dag in (
    select (g.afgesloten_op at time zone 'Europe/Amsterdam')::date from gesprek g
    where g.klantcontact_id = any (klantcontacten) and g.afgesloten_op is not null);
$$;
create function xla_dag_onderwerp() returns trigger language plpgsql as $$
declare
  contacten uuid[];
  vanaf timestamptz;
begin
  if tg_op = 'INSERT' then
    select array_agg(klantcontact_id), min(plaatsgevonden_op) into contacten, vanaf from nieuw;
  elsif tg_op = 'DELETE' then
    select array_agg(klantcontact_id), min(plaatsgevonden_op) into contacten, vanaf from oud;
  else
    -- Only rows whose topic, partij or moment changed (a re-classification to the same topic changes nothing).
    select array_agg(t.klantcontact_id), min(t.op) into contacten, vanaf
    from oud o join nieuw n on n.klantcontact_id = o.klantcontact_id
    cross join lateral (values (o.klantcontact_id, o.plaatsgevonden_op), (n.klantcontact_id, n.plaatsgevonden_op)) as t(klantcontact_id, op)
    where (o.categorie, o.partij_id, o.plaatsgevonden_op) is distinct from (n.categorie, n.partij_id, n.plaatsgevonden_op);
  end if;
  if vanaf is not null then perform xla_dag_vergeet_contacten(contacten, vanaf); end if;
  return null;
end $$;
create trigger klantcontact_onderwerp_xla_dag_insert after insert on klantcontact_onderwerp referencing new table as nieuw
  for each statement execute function xla_dag_onderwerp();
create trigger klantcontact_onderwerp_xla_dag_update after update on klantcontact_onderwerp referencing old table as oud new table as nieuw
  for each statement execute function xla_dag_onderwerp();
create trigger klantcontact_onderwerp_xla_dag_delete after delete on klantcontact_onderwerp referencing old table as oud
  for each statement execute function xla_dag_onderwerp();

-- A klantcontact joining or leaving a verzoek, or changing channel, changes that verzoek's effort
-- on every day it was counted, and the verzoek of its own gesprek.
create function xla_dag_klantcontact() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform xla_dag_vergeet_dagen(array(
      select distinct x.dag from xla_dag_verzoek x where x.verzoek_id in (select verzoek_id from nieuw where verzoek_id is not null)));
  elsif tg_op = 'DELETE' then
    perform xla_dag_vergeet_dagen(array(
      select x.dag from xla_dag_verzoek x where x.verzoek_id in (select verzoek_id from oud where verzoek_id is not null)
      union
      select (g.afgesloten_op at time zone 'Europe/Amsterdam')::date from oud o join gesprek g on g.klantcontact_id = o.id
      where g.afgesloten_op is not null));
  else
    perform xla_dag_vergeet_dagen(array(
      with veranderd as (
        select o.id, o.verzoek_id as oud_verzoek, n.verzoek_id as nieuw_verzoek from oud o join nieuw n on n.id = o.id
        where (o.verzoek_id, o.kanaal) is distinct from (n.verzoek_id, n.kanaal)
      )
      select x.dag from xla_dag_verzoek x
      where x.verzoek_id in (select oud_verzoek from veranderd union select nieuw_verzoek from veranderd)
      union
      select (g.afgesloten_op at time zone 'Europe/Amsterdam')::date from veranderd v join gesprek g on g.klantcontact_id = v.id
      where g.afgesloten_op is not null));
  end if;
  return null;
end $$;
create trigger klantcontact_xla_dag_insert after insert on klantcontact referencing new table as nieuw
  for each statement execute function xla_dag_klantcontact();
create trigger klantcontact_xla_dag_update after update on klantcontact referencing old table as oud new table as nieuw
  for each statement execute function xla_dag_klantcontact();
create trigger klantcontact_xla_dag_delete after delete on klantcontact referencing old table as oud
  for each statement execute function xla_dag_klantcontact();
