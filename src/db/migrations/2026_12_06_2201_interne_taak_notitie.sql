-- The back office's notes on an interne taak: a plain note, the answer it was closed with, or a
-- record of who claimed or forwarded it. Klantinteracties has no place for these; they stay Loket's.
create table interne_taak_notitie (
  id uuid primary key default gen_random_uuid(),
  -- Notes written in the same moment keep the order they were written in.
  volgnummer bigint generated always as identity,
  interne_taak_id uuid not null references interne_taak (id) on delete cascade,
  actor_id uuid not null references actor (id),
  soort text not null check (soort in ('notitie', 'antwoord', 'geclaimd', 'doorgestuurd')),
  tekst text not null,
  aangemaakt_op timestamptz not null default now()
);
create index interne_taak_notitie_taak_idx on interne_taak_notitie (interne_taak_id, volgnummer);

-- Who sent the task (the KCC's "my requests"); null for tasks from before this column.
alter table interne_taak add column ingediend_door uuid references actor (id);
