-- Service norms over a year of gesprekken answer from an index instead of recomputing working time
-- per row: each closed gesprek keeps its wait in working time (seconds from the bot's handover, or
-- its start, to the first reply of a medewerker, or to the closing without one), filled in after
-- it closes by the rapportage domain. Any status change clears it, so a reopened and closed again
-- gesprek is measured anew. Norm-independent: a changed norm needs no recount.
alter table gesprek add column wachttijd_werkseconden double precision;
-- The report: closed in a period, per channel, within the norm; index-only.
create index gesprek_afgesloten_idx on gesprek (afgesloten_op) include (kanaal, wachttijd_werkseconden) where afgesloten_op is not null;
-- What is still to be measured.
create index gesprek_ongemeten_idx on gesprek (afgesloten_op) where afgesloten_op is not null and wachttijd_werkseconden is null;

-- Per Amsterdam day and channel, the counts against the norm that applied (norm_seconden): the
-- report over a year adds up 365 days instead of a million gesprekken. A day is counted when a
-- report first asks for it; servicenorm_dag_geteld says which days are counted, with which norms.
create table servicenorm_dag (
  dag date not null,
  kanaal text not null,
  afgehandeld integer not null,
  binnen_norm integer not null,
  primary key (dag, kanaal)
);
create table servicenorm_dag_geteld (
  dag date primary key,
  -- The norms the day was counted with; other norms count the day again.
  normen text not null
);

-- A change to a closed gesprek (measured, reopened, removed) makes its day count again.
create function servicenorm_dag_vergeten() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' and old.afgesloten_op is not null then
    delete from servicenorm_dag_geteld where dag = (old.afgesloten_op at time zone 'Europe/Amsterdam')::date;
  end if;
  if tg_op <> 'DELETE' and new.afgesloten_op is not null then
    delete from servicenorm_dag_geteld where dag = (new.afgesloten_op at time zone 'Europe/Amsterdam')::date;
  end if;
  return null;
end $$;
create trigger gesprek_servicenorm_dag after insert or delete or update of kanaal, afgesloten_op, wachttijd_werkseconden on gesprek
  for each row execute function servicenorm_dag_vergeten();
