-- Partijen: persons, organisations and contact persons (VNG Klantinteracties "partij").
create extension if not exists pg_trgm;

create sequence partij_nummer_seq;

create table partij (
  id uuid primary key default gen_random_uuid(),
  nummer text not null unique default lpad(nextval('partij_nummer_seq')::text, 10, '0'),
  soort_partij text not null check (soort_partij in ('persoon', 'organisatie', 'contactpersoon')),
  voorletters text,
  voornaam text,
  voorvoegsel_achternaam text,
  achternaam text,
  organisatie_naam text,
  werkte_voor_partij_id uuid references partij (id),
  -- Loket: birth date kept for verifying a caller's identity before disclosure.
  geboortedatum date,
  interne_notitie text,
  indicatie_geheimhouding boolean not null default false,
  indicatie_actief boolean not null default true,
  voorkeurstaal text not null default 'nld',
  -- Loket: false for a sender we only know by an unverified digital address.
  geverifieerd boolean not null default false,
  bezoekadres jsonb,
  correspondentieadres jsonb,
  voorkeurs_digitaal_adres_id uuid,
  voorkeurs_rekeningnummer_id uuid,
  -- Loket: when partijen are merged the absorbed one points at the survivor.
  samengevoegd_met_id uuid references partij (id),
  aangemaakt_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now()
);
create index partij_achternaam_idx on partij (lower(achternaam));
create index partij_naam_trgm_idx on partij using gin ((coalesce(voornaam, '') || ' ' || coalesce(achternaam, '') || ' ' || coalesce(organisatie_naam, '')) gin_trgm_ops);

create table partij_identificator (
  id uuid primary key default gen_random_uuid(),
  partij_id uuid references partij (id) on delete cascade,
  code_objecttype text not null check (code_objecttype in ('natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging')),
  code_soort_object_id text not null check (code_soort_object_id in ('bsn', 'vestigingsnummer', 'kvk_nummer', 'rsin')),
  object_id text not null,
  code_register text not null check (code_register in ('brp', 'hr')),
  andere_partij_identificator text,
  sub_identificator_van_id uuid references partij_identificator (id),
  aangemaakt_op timestamptz not null default now()
);
create unique index partij_identificator_uniek on partij_identificator (code_soort_object_id, object_id)
  where sub_identificator_van_id is null;
create index partij_identificator_partij_idx on partij_identificator (partij_id);

create table rekeningnummer (
  id uuid primary key default gen_random_uuid(),
  partij_id uuid references partij (id) on delete cascade,
  iban text not null,
  bic text
);
create index rekeningnummer_partij_idx on rekeningnummer (partij_id);

create table vertegenwoordiging (
  id uuid primary key default gen_random_uuid(),
  vertegenwoordigende_partij_id uuid not null references partij (id) on delete cascade,
  vertegenwoordigde_partij_id uuid not null references partij (id) on delete cascade
);

create table categorie (
  id uuid primary key default gen_random_uuid(),
  naam text not null unique
);

create table categorie_relatie (
  id uuid primary key default gen_random_uuid(),
  partij_id uuid references partij (id) on delete cascade,
  categorie_id uuid references categorie (id) on delete cascade,
  begin_datum date,
  eind_datum date
);
