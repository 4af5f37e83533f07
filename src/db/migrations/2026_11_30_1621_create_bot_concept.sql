-- The bot's draft replies to e-mail: never sent by the bot, an agent takes them over or discards them.
create table bot_concept (
  id uuid primary key default gen_random_uuid(),
  gesprek_id uuid not null references gesprek (id) on delete cascade,
  -- The inbound message the draft answers; one draft per message.
  bericht_id uuid not null unique references bericht (id) on delete cascade,
  artikel_id text not null,
  tekst text not null,
  zekerheid real not null,
  status text not null default 'open' check (status in ('open', 'overgenomen', 'verworpen')),
  aangemaakt_op timestamptz not null default now(),
  beoordeeld_door uuid references medewerker (id),
  beoordeeld_op timestamptz
);
create index bot_concept_gesprek_idx on bot_concept (gesprek_id, aangemaakt_op);
