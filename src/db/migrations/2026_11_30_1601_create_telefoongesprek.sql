-- Phone calls as a telephone system reports them over its CTI webhook (newCall, answer, hangup),
-- beside the call's gesprek; and the transcript a speech-to-text system posts for a call.
create table telefoongesprek (
  id uuid primary key default gen_random_uuid(),
  -- The telephone system's own id for the call; also the gesprek's externe_id.
  call_id text not null unique,
  gesprek_id uuid references gesprek (id),
  richting text not null check (richting in ('inkomend', 'uitgaand')),
  van text,
  naar text,
  wachtrij text,
  status text not null default 'rinkelt' check (status in ('rinkelt', 'in_gesprek', 'beeindigd')),
  medewerker_id uuid references medewerker (id),
  -- The agent as the telephone system named them, also when no medewerker matched.
  agent text,
  gestart_op timestamptz not null default now(),
  beantwoord_op timestamptz,
  beeindigd_op timestamptz,
  duur_seconden integer,
  oorzaak text
);

create table transcriptsegment (
  telefoongesprek_id uuid not null references telefoongesprek (id) on delete cascade,
  spreker text not null check (spreker in ('agent', 'klant')),
  -- Seconds from the start of the call.
  begin_s double precision not null check (begin_s >= 0),
  eind_s double precision not null,
  tekst text not null,
  ontvangen_op timestamptz not null default now(),
  -- A speech-to-text system that posts a segment again (retry, or live then after the call) stores it once.
  primary key (telefoongesprek_id, begin_s, spreker),
  check (eind_s >= begin_s)
);
