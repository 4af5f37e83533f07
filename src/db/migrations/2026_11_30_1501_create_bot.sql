-- The bot answers citizens from published articles and learns from use.

-- The bot acts for the municipality as a "geautomatiseerde actor" (VNG Klantinteracties).
insert into actor (naam, soort_actor, actoridentificator, actor_identificatie)
values (
  'Loket-bot',
  'geautomatiseerde_actor',
  '{"codeObjecttype": "geautomatiseerde_actor", "codeRegister": "loket", "codeSoortObjectId": "naam", "objectId": "loket-bot"}',
  '{"omschrijving": "Beantwoordt vragen van inwoners en ondernemers uit de gepubliceerde kennisbank"}'
);

-- Every question the bot was asked and what it did. The text is stored with e-mail addresses,
-- phone numbers and BSN-like numbers masked; nothing else about the asker is kept.
create table bot_vraag (
  id uuid primary key default gen_random_uuid(),
  kanaal text not null,
  tekst text not null,
  uitkomst text not null check (uitkomst in ('beantwoord', 'keuze', 'doorverbonden')),
  reden text not null,
  artikel_id text,
  zekerheid real not null,
  gesteld_op timestamptz not null default now()
);
create index bot_vraag_uitkomst_idx on bot_vraag (uitkomst, gesteld_op);

-- "Was dit antwoord nuttig?"
create table bot_feedback (
  id uuid primary key default gen_random_uuid(),
  vraag_id uuid references bot_vraag (id) on delete set null,
  artikel_id text not null,
  tekst text not null,
  nuttig boolean not null,
  gegeven_op timestamptz not null default now()
);

-- Questions known to be answered by an article: wrap-up topics, useful answers, coaching.
create table bot_trainingsvoorbeeld (
  id uuid primary key default gen_random_uuid(),
  tekst text not null,
  artikel_id text not null references kennisartikel (id) on delete cascade,
  bron text not null check (bron in ('afronding', 'feedback', 'coaching')),
  aangemaakt_op timestamptz not null default now(),
  unique (artikel_id, tekst)
);

-- Bumped by a retrain, so every node rebuilds its matcher.
create table bot_stand (
  id boolean primary key default true check (id),
  revisie bigint not null default 0
);
insert into bot_stand default values;
