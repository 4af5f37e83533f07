-- Conversation analytics: what the transcript analyzer found per gesprek (call or chat), stored
-- so that quality and knowledge-gap reports are queries, not recomputation.

-- Phrases that alert team leads when a caller says them; managed by team leads.
create table analyse_zin (
  id uuid primary key default gen_random_uuid(),
  zin text not null,
  aangemaakt_op timestamptz not null default now()
);
create unique index analyse_zin_uniek on analyse_zin (lower(zin));
insert into analyse_zin (zin) values ('opzeggen'), ('klacht indienen'), ('advocaat'), ('ombudsman'), ('ik ben het er niet mee eens');

create table gesprek_analyse (
  gesprek_id uuid primary key references gesprek (id) on delete cascade,
  kanaal text not null,
  -- The agent who handled the call or chat, when known.
  medewerker_id uuid references medewerker (id),
  -- How many segments (call) or messages (chat) the analysis covered.
  segmenten integer not null default 0,
  -- The segment index at which "geverifieerd" was pressed in the desktop, passed to the analyzer.
  geverifieerd_gedrukt integer,
  geverifieerd_bij_segment integer,
  -- The analyzer's findings, each hit with its segment's start so a re-analysis can tell new hits from old.
  stiltes jsonb not null default '[]',
  onthullingen jsonb not null default '[]',
  zinnen jsonb not null default '[]',
  aantal_stiltes integer not null default 0,
  stilte_seconden double precision not null default 0,
  overtredingen integer not null default 0,
  aantal_zinnen integer not null default 0,
  geanalyseerd_op timestamptz not null default now()
);
create index gesprek_analyse_medewerker_idx on gesprek_analyse (medewerker_id);

-- One row per silence, with the knowledge article the agent had open then (null: none).
create table analyse_stilte (
  gesprek_id uuid not null references gesprek_analyse (gesprek_id) on delete cascade,
  na_segment integer not null,
  begin_s double precision not null,
  eind_s double precision not null,
  artikel_id text,
  primary key (gesprek_id, na_segment)
);
create index analyse_stilte_artikel_idx on analyse_stilte (artikel_id);

-- Which knowledge article the agent had open in a gesprek, and from when (artikel_id null: closed).
create table gesprek_open_artikel (
  id uuid primary key default gen_random_uuid(),
  gesprek_id uuid not null references gesprek (id) on delete cascade,
  artikel_id text references kennisartikel (id) on delete set null,
  medewerker_id uuid references medewerker (id),
  geopend_op timestamptz not null default now()
);
create index gesprek_open_artikel_idx on gesprek_open_artikel (gesprek_id, geopend_op);
