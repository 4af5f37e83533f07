-- Reply templates ("/" in the reply box): kept per team by its team lead, or for everyone (team_id
-- null). Variables such as {{naam}} are filled in by the desktop, never stored filled.
create table antwoordsjabloon (
  id uuid primary key default gen_random_uuid(),
  team_id uuid references team (id) on delete cascade,
  titel text not null check (length(titel) between 1 and 80),
  tekst text not null check (length(tekst) between 1 and 4000),
  aangemaakt_door uuid references actor (id) on delete set null,
  aangemaakt_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now()
);
create index antwoordsjabloon_team_idx on antwoordsjabloon (team_id, titel);
