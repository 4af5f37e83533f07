-- Verwerkingenlogging: every read or change of personal data, after the VNG standard.
create table verwerkingsactie (
  id uuid primary key default gen_random_uuid(),
  actie_naam text not null,
  handeling_naam text not null,
  verwerking_naam text not null,
  verwerking_id uuid not null default gen_random_uuid(),
  vertrouwelijkheid text not null check (vertrouwelijkheid in ('normaal', 'vertrouwelijk', 'opgeheven')),
  bewaartermijn text not null,
  gebruiker text not null,
  gebruiker_naam text not null,
  rol text not null,
  doel text not null,
  systeem text not null default 'Loket',
  request_id text,
  tijdstip timestamptz not null default now(),
  tijdstip_registratie timestamptz not null default clock_timestamp()
);
create index verwerkingsactie_tijdstip_idx on verwerkingsactie (tijdstip);
create index verwerkingsactie_gebruiker_idx on verwerkingsactie (gebruiker, tijdstip);

create table verwerkt_object (
  id uuid primary key default gen_random_uuid(),
  verwerkingsactie_id uuid not null references verwerkingsactie (id) on delete cascade,
  objecttype text not null,
  soort_object_id text not null,
  object_id text not null,
  betrokkenheid text not null,
  verwerkte_soorten_gegevens jsonb not null default '[]'
);
create index verwerkt_object_object_idx on verwerkt_object (objecttype, object_id);
create index verwerkt_object_actie_idx on verwerkt_object (verwerkingsactie_id);
