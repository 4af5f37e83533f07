-- Proactive service: events from back offices (Notificaties API) and devices (CloudEvents),
-- the rules that turn them into work or messages, and what each rule's actions did.
create table gebeurtenis (
  id uuid primary key default gen_random_uuid(),
  bron text not null check (bron in ('notificatie', 'cloudevent')),
  -- Hash of what makes a delivery the same event (notificatie fields, or CloudEvent source + id): a replay is a no-op.
  sleutel text not null unique,
  -- kanaal/resource/actie of a notificatie or a CloudEvent's type: what events are counted by.
  soort text not null,
  inhoud jsonb not null,
  ontvangen_op timestamptz not null,
  status text not null default 'ontvangen' check (status in ('ontvangen', 'verwerkt', 'mislukt')),
  pogingen integer not null default 0,
  laatste_fout text,
  volgende_poging_op timestamptz not null,
  verwerkt_op timestamptz,
  -- How many active rules matched when processed; 0 shows event types nobody handles yet.
  regels_geraakt integer
);
create index gebeurtenis_wachtrij_idx on gebeurtenis (volgende_poging_op) where status <> 'verwerkt';
create index gebeurtenis_ontvangen_idx on gebeurtenis (bron, ontvangen_op);

create table gebeurtenis_regel (
  id uuid primary key default gen_random_uuid(),
  naam text not null,
  actief boolean not null default true,
  match jsonb not null,
  acties jsonb not null,
  aangemaakt_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now()
);

-- The outcome of one action of one rule for one event; a retried event skips what succeeded.
create table gebeurtenis_actie (
  gebeurtenis_id uuid not null references gebeurtenis (id) on delete cascade,
  regel_id uuid not null references gebeurtenis_regel (id) on delete cascade,
  actie_index integer not null,
  soort text not null,
  status text not null check (status in ('gelukt', 'mislukt', 'overgeslagen')),
  fout text,
  resultaat jsonb,
  uitgevoerd_op timestamptz not null,
  primary key (gebeurtenis_id, regel_id, actie_index)
);
create index gebeurtenis_actie_regel_idx on gebeurtenis_actie (regel_id, uitgevoerd_op);

-- One proactive message per partij per event, however often the event or rule runs.
create table proactief_bericht (
  gebeurtenis_id uuid not null references gebeurtenis (id) on delete cascade,
  partij_id uuid not null references partij (id),
  regel_id uuid references gebeurtenis_regel (id) on delete set null,
  kanaal text not null,
  gesprek_id uuid references gesprek (id),
  klantcontact_id uuid references klantcontact (id),
  aangemaakt_op timestamptz not null,
  primary key (gebeurtenis_id, partij_id)
);

-- Signals for team leads raised by a rule (hotspot_signaal is keyed by wijk and week, which events lack).
create table gebeurtenis_signaal (
  id uuid primary key default gen_random_uuid(),
  gebeurtenis_id uuid not null references gebeurtenis (id) on delete cascade,
  regel_id uuid references gebeurtenis_regel (id) on delete set null,
  titel text not null,
  tekst text,
  aangemaakt_op timestamptz not null,
  unique (gebeurtenis_id, regel_id)
);
create index gebeurtenis_signaal_aangemaakt_idx on gebeurtenis_signaal (aangemaakt_op);
