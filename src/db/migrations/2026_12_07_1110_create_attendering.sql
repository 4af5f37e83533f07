-- Opt-in for proactive messages about a place or an object: a partij asks to hear about a
-- container, a street or an address, per kind of message (berichtsoort, e.g. afval).
create table attendering (
  id uuid primary key default gen_random_uuid(),
  partij_id uuid not null references partij (id) on delete cascade,
  berichtsoort text not null,
  soort text not null check (soort in ('object', 'straat', 'adres')),
  -- Normalised (object id as given, street lower-case, address as postcode + house number) so events find it.
  waarde text not null,
  aangemaakt_op timestamptz not null,
  unique (partij_id, berichtsoort, soort, waarde)
);
create index attendering_doel_idx on attendering (soort, waarde, berichtsoort);

-- Opt-out per kind of message: such a partij gets no proactive message of that kind at all.
create table berichtafmelding (
  partij_id uuid not null references partij (id) on delete cascade,
  berichtsoort text not null,
  afgemeld_op timestamptz not null,
  primary key (partij_id, berichtsoort)
);

-- Quiet hours: a message due then is kept here (gepland) and sent when they end.
alter table proactief_bericht add column status text not null default 'verstuurd' check (status in ('gepland', 'verstuurd', 'vervallen'));
alter table proactief_bericht add column verzenden_op timestamptz;
alter table proactief_bericht add column inhoud jsonb;
create index proactief_bericht_gepland_idx on proactief_bericht (verzenden_op) where status = 'gepland';
