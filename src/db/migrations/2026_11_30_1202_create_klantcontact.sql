-- Klantcontacten and what hangs off them, plus Loket's verzoek and gesprek.
create sequence verzoek_nummer_seq;
create sequence klantcontact_nummer_seq;
create sequence interne_taak_nummer_seq;

-- A verzoek groups the contact moments about one matter across channels.
create table verzoek (
  id uuid primary key default gen_random_uuid(),
  nummer text not null unique default 'VZ-' || lpad(nextval('verzoek_nummer_seq')::text, 7, '0'),
  partij_id uuid references partij (id),
  onderwerp text not null,
  omschrijving text,
  status text not null default 'open' check (status in ('open', 'afgehandeld')),
  aangemaakt_op timestamptz not null default now(),
  afgehandeld_op timestamptz
);
create index verzoek_partij_idx on verzoek (partij_id, aangemaakt_op);

create table klantcontact (
  id uuid primary key default gen_random_uuid(),
  nummer text not null unique default lpad(nextval('klantcontact_nummer_seq')::text, 10, '0'),
  referentienummer text,
  kanaal text not null,
  onderwerp text not null,
  inhoud text,
  reactie text,
  indicatie_contact_gelukt boolean,
  hoofd_onderwerp_type text,
  verdere_actie_ondernomen boolean not null default false,
  taal text not null default 'nld',
  vertrouwelijk boolean not null default false,
  plaatsgevonden_op timestamptz not null default now(),
  metadata jsonb,
  verzoek_id uuid references verzoek (id),
  aangemaakt_op timestamptz not null default now()
);
create index klantcontact_plaatsgevonden_idx on klantcontact (plaatsgevonden_op);
create index klantcontact_verzoek_idx on klantcontact (verzoek_id);

create table betrokkene (
  id uuid primary key default gen_random_uuid(),
  klantcontact_id uuid not null references klantcontact (id) on delete cascade,
  partij_id uuid references partij (id),
  rol text not null check (rol in ('vertegenwoordiger', 'klant')),
  initiator boolean not null default false,
  organisatienaam text,
  contactnaam jsonb,
  bezoekadres jsonb,
  correspondentieadres jsonb
);
create index betrokkene_partij_idx on betrokkene (partij_id);
create index betrokkene_klantcontact_idx on betrokkene (klantcontact_id);

create table digitaal_adres (
  id uuid primary key default gen_random_uuid(),
  partij_id uuid references partij (id) on delete cascade,
  betrokkene_id uuid references betrokkene (id) on delete cascade,
  soort_digitaal_adres text not null check (soort_digitaal_adres in ('email', 'telefoonnummer', 'overig')),
  adres text not null,
  omschrijving text,
  referentie text,
  is_standaard_adres boolean not null default false,
  verificatie_datum timestamptz,
  aangemaakt_op timestamptz not null default now()
);
create index digitaal_adres_partij_idx on digitaal_adres (partij_id);
create index digitaal_adres_adres_idx on digitaal_adres (soort_digitaal_adres, lower(adres));

create table onderwerpobject (
  id uuid primary key default gen_random_uuid(),
  klantcontact_id uuid references klantcontact (id) on delete cascade,
  was_klantcontact_id uuid references klantcontact (id),
  code_objecttype text,
  code_register text,
  code_soort_object_id text,
  object_id text
);
create index onderwerpobject_klantcontact_idx on onderwerpobject (klantcontact_id);

create table bijlage (
  id uuid primary key default gen_random_uuid(),
  klantcontact_id uuid references klantcontact (id) on delete cascade,
  code_objecttype text,
  code_register text,
  code_soort_object_id text,
  object_id text,
  bestandsnaam text,
  content_type text,
  grootte integer,
  inhoud bytea
);
create index bijlage_klantcontact_idx on bijlage (klantcontact_id);

create table actor_klantcontact (
  id uuid primary key default gen_random_uuid(),
  actor_id uuid not null references actor (id),
  klantcontact_id uuid not null references klantcontact (id) on delete cascade
);
create index actor_klantcontact_klantcontact_idx on actor_klantcontact (klantcontact_id);

create table interne_taak (
  id uuid primary key default gen_random_uuid(),
  nummer text not null unique default lpad(nextval('interne_taak_nummer_seq')::text, 10, '0'),
  gevraagde_handeling text not null,
  klantcontact_id uuid not null references klantcontact (id),
  toelichting text,
  status text not null default 'te_verwerken' check (status in ('te_verwerken', 'verwerkt')),
  toegewezen_op timestamptz not null default now(),
  afgehandeld_op timestamptz,
  -- Loket: when the back office should have acted.
  uiterlijk_op timestamptz
);
create index interne_taak_klantcontact_idx on interne_taak (klantcontact_id);

create table interne_taak_actor (
  interne_taak_id uuid not null references interne_taak (id) on delete cascade,
  actor_id uuid not null references actor (id),
  primary key (interne_taak_id, actor_id)
);

-- A gesprek is an ordered thread of messages on one channel, linked to its klantcontact.
create table gesprek (
  id uuid primary key default gen_random_uuid(),
  kanaal text not null,
  partij_id uuid references partij (id),
  klantcontact_id uuid references klantcontact (id),
  verzoek_id uuid references verzoek (id),
  externe_id text,
  onderwerp text,
  status text not null default 'open',
  gestart_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now(),
  afgesloten_op timestamptz
);
create unique index gesprek_externe_id_uniek on gesprek (kanaal, externe_id) where externe_id is not null;
create index gesprek_partij_idx on gesprek (partij_id, gestart_op);

create table bericht (
  id uuid primary key default gen_random_uuid(),
  gesprek_id uuid not null references gesprek (id) on delete cascade,
  richting text not null check (richting in ('inkomend', 'uitgaand', 'notitie')),
  afzender_actor_id uuid references actor (id),
  inhoud text not null,
  kanaal_bericht_id text,
  verzonden_op timestamptz not null default now()
);
create index bericht_gesprek_idx on bericht (gesprek_id, verzonden_op);
create unique index bericht_kanaal_id_uniek on bericht (gesprek_id, kanaal_bericht_id) where kanaal_bericht_id is not null;
