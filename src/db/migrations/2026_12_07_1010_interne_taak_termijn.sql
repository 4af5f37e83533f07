-- The werklijst orders and filters by deadline in SQL instead of computing it for every open task
-- on each read: a task keeps the deadline its team's term gives (termijn_op, in working days from
-- toegewezen_op), computed once by the tasks domain, with the working-time settings it was computed
-- under (termijn_sleutel). Whatever changes that deadline forgets it (the triggers below), and the
-- next read computes it again: new or changed assignees, a new toegewezen_op, a team's hours, term
-- or name (the first team by name decides), a member joining or leaving a team.
alter table interne_taak add column termijn_op timestamptz;
alter table interne_taak add column termijn_sleutel text;
create index interne_taak_zonder_termijn_idx on interne_taak (id) where termijn_op is null;
-- Deadlines computed under other settings (after a change of holidays or closing days).
create index interne_taak_termijn_sleutel_idx on interne_taak (termijn_sleutel);
-- "Tasks for these actors" (mine, my team's, my afdeling's).
create index interne_taak_actor_actor_idx on interne_taak_actor (actor_id, interne_taak_id);

create function interne_taak_termijn_vergeten() returns trigger language plpgsql as $$
begin
  if new.toegewezen_op is distinct from old.toegewezen_op then
    new.termijn_op := null;
  end if;
  return new;
end $$;
create trigger interne_taak_termijn before update of toegewezen_op on interne_taak
  for each row execute function interne_taak_termijn_vergeten();

create function interne_taak_actor_termijn_vergeten() returns trigger language plpgsql as $$
begin
  update interne_taak set termijn_op = null
  where termijn_op is not null and id = case when tg_op = 'DELETE' then old.interne_taak_id else new.interne_taak_id end;
  return null;
end $$;
create trigger interne_taak_actor_termijn after insert or delete on interne_taak_actor
  for each row execute function interne_taak_actor_termijn_vergeten();

-- Tasks assigned to a team or to one of its members.
create function team_taken_termijn_vergeten(p_team_id uuid) returns void language sql as $$
  update interne_taak it set termijn_op = null
  where it.termijn_op is not null and it.id in (
    select a.interne_taak_id from interne_taak_actor a
    where a.actor_id in (
      select t.actor_id from team t where t.id = p_team_id
      union all
      select m.actor_id from team_lid l join medewerker m on m.id = l.medewerker_id where l.team_id = p_team_id));
$$;

create function team_termijn_vergeten() returns trigger language plpgsql as $$
begin
  perform team_taken_termijn_vergeten(new.id);
  return null;
end $$;
create trigger team_termijn after update of openingstijden, terugbeltermijn_werkdagen, naam on team
  for each row execute function team_termijn_vergeten();

create function team_lid_termijn_vergeten() returns trigger language plpgsql as $$
begin
  update interne_taak it set termijn_op = null
  where it.termijn_op is not null and it.id in (
    select a.interne_taak_id from interne_taak_actor a join medewerker m on m.actor_id = a.actor_id
    where m.id = case when tg_op = 'DELETE' then old.medewerker_id else new.medewerker_id end);
  return null;
end $$;
create trigger team_lid_termijn after insert or delete on team_lid
  for each row execute function team_lid_termijn_vergeten();
