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

create function xla_dag_vergeet(tijdstip timestamptz) returns void language sql as $$
  delete from xla_dag_geteld where dag = (tijdstip at time zone 'Europe/Amsterdam')::date
$$;

-- A change to a closed gesprek changes its own day.
create function xla_dag_gesprek() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' and old.afgesloten_op is not null then perform xla_dag_vergeet(old.afgesloten_op); end if;
  if tg_op <> 'DELETE' and new.afgesloten_op is not null then perform xla_dag_vergeet(new.afgesloten_op); end if;
  return null;
end $$;
create trigger gesprek_xla_dag after insert or delete
  or update of kanaal, afgesloten_op, gestart_op, team_id, partij_id, klantcontact_id, verzoek_id on gesprek
  for each row execute function xla_dag_gesprek();

-- A survey answer changes the day of its gesprek.
create function xla_dag_enquete() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    perform xla_dag_vergeet(g.afgesloten_op) from gesprek g where g.id = old.gesprek_id and g.afgesloten_op is not null;
  end if;
  if tg_op <> 'DELETE' then
    perform xla_dag_vergeet(g.afgesloten_op) from gesprek g where g.id = new.gesprek_id and g.afgesloten_op is not null;
  end if;
  return null;
end $$;
create trigger enquete_xla_dag after insert or delete or update of gesprek_id, beantwoord_op, tevredenheid on enquete
  for each row execute function xla_dag_enquete();

-- A klantcontact's topic decides its own gesprek's topic, whether an earlier gesprek of the same
-- partij on that topic (closed up to 168 hours before) was resolved at first contact, and whether
-- a later one (started up to 168 hours after) is a repeat: every day from 168 hours before it on.
-- A contact stored now forgets only days that are not stored yet, so this costs nothing then.
create function xla_dag_onderwerp() returns trigger language plpgsql as $$
declare
  r record;
begin
  for r in select * from (values (case when tg_op <> 'INSERT' then old.klantcontact_id end, case when tg_op <> 'INSERT' then old.plaatsgevonden_op end),
                                (case when tg_op <> 'DELETE' then new.klantcontact_id end, case when tg_op <> 'DELETE' then new.plaatsgevonden_op end)) as v(klantcontact_id, op)
           where v.klantcontact_id is not null loop
    delete from xla_dag_geteld where dag >= ((r.op - interval '168 hours') at time zone 'Europe/Amsterdam')::date;
    perform xla_dag_vergeet(g.afgesloten_op) from gesprek g where g.klantcontact_id = r.klantcontact_id and g.afgesloten_op is not null;
  end loop;
  return null;
end $$;
create trigger klantcontact_onderwerp_xla_dag after insert or delete
  or update of klantcontact_id, categorie, partij_id, plaatsgevonden_op on klantcontact_onderwerp
  for each row execute function xla_dag_onderwerp();

-- A klantcontact joining or leaving a verzoek, or changing channel, changes that verzoek's effort
-- on every day it was counted, and the verzoek of its own gesprek.
create function xla_dag_klantcontact() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    delete from xla_dag_geteld where dag in (select dag from xla_dag_verzoek where verzoek_id = old.verzoek_id);
    perform xla_dag_vergeet(g.afgesloten_op) from gesprek g where g.klantcontact_id = old.id and g.afgesloten_op is not null;
  end if;
  if tg_op <> 'DELETE' then
    delete from xla_dag_geteld where dag in (select dag from xla_dag_verzoek where verzoek_id = new.verzoek_id);
    if tg_op = 'UPDATE' then
      perform xla_dag_vergeet(g.afgesloten_op) from gesprek g where g.klantcontact_id = new.id and g.afgesloten_op is not null;
    end if;
  end if;
  return null;
end $$;
create trigger klantcontact_xla_dag after insert or delete or update of verzoek_id, kanaal on klantcontact
  for each row execute function xla_dag_klantcontact();
