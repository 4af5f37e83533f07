-- Contact analytics: neighbourhoods, a topic for every klantcontact, hotspot signals, page subjects.

-- Wijken as imported from GeoJSON (`npx loket import wijken FILE`); geometrie is the feature's
-- GeoJSON geometry, served again for the dashboard map.
create table wijk (
  code text primary key,
  naam text not null,
  inwoners integer not null check (inwoners >= 0),
  postcodes jsonb not null default '[]',
  geometrie jsonb not null
);

-- Streets with the wijk they lie in (`npx loket import straten FILE`); a name may cross a border.
create table straat (
  straat text not null,
  wijk text not null references wijk (code) on delete cascade,
  postcode4 text not null,
  lat double precision,
  lon double precision,
  primary key (straat, wijk, postcode4)
);

-- Bumped by `import wijken|straten`, so every node rebuilds its placer.
create table gebied_stand (
  id boolean primary key default true check (id),
  revisie bigint not null default 0
);
insert into gebied_stand default values;

-- One row per klantcontact: its topic and wijk. bron 'agent' when the wrap-up topic
-- (klantcontact.hoofd_onderwerp_type) overrides the classifier. kanaal, plaatsgevonden_op and
-- partij_id are copied from the klantcontact so dashboard queries read one table.
create table klantcontact_onderwerp (
  klantcontact_id uuid primary key references klantcontact (id) on delete cascade,
  categorie text not null,
  artikel_id text,
  zekerheid real not null default 0,
  bron text not null check (bron in ('classifier', 'agent')),
  wijk text,
  geplaatst_via text,
  kanaal text not null,
  partij_id uuid,
  pagina_url text,
  plaatsgevonden_op timestamptz not null,
  week_start date not null
);
-- Weekly counts per wijk and topic (hotspots, rates), index-only.
create index klantcontact_onderwerp_week_idx on klantcontact_onderwerp (week_start, wijk, categorie, artikel_id);
-- Volumes per channel and topic.
create index klantcontact_onderwerp_volume_idx on klantcontact_onderwerp (week_start, kanaal, categorie);
-- Repeat contacts: the same partij about the same topic.
create index klantcontact_onderwerp_partij_idx on klantcontact_onderwerp (partij_id, categorie, plaatsgevonden_op) where partij_id is not null;
create index klantcontact_onderwerp_pagina_idx on klantcontact_onderwerp (pagina_url, week_start) where pagina_url is not null;
create index klantcontact_onderwerp_bron_idx on klantcontact_onderwerp (bron);

-- Bumped by a retrain of the topic classifier, so every node rebuilds it.
create table analytics_stand (
  id boolean primary key default true check (id),
  revisie bigint not null default 0
);
insert into analytics_stand default values;

-- Hotspot signals sent: at most one per (wijk, topic, week), however often the job runs.
-- The e-mail is recorded here as 'te_versturen' for the department's address.
create table hotspot_signaal (
  wijk text not null,
  onderwerp text not null,
  week_start date not null,
  categorie text not null,
  artikel_id text,
  afdeling text,
  team_id uuid references team (id),
  interne_taak_id uuid references interne_taak (id),
  email_aan text,
  email_onderwerp text not null,
  email_tekst text not null,
  email_status text not null default 'te_versturen' check (email_status in ('te_versturen', 'verstuurd', 'geen_adres')),
  waargenomen integer not null,
  verwacht double precision not null,
  score double precision not null,
  aangemaakt_op timestamptz not null default now(),
  primary key (wijk, onderwerp, week_start)
);

-- A redacteur states which article a web page is about (content gaps); else the URL's last
-- path segment is taken when it is an article id.
create table pagina_artikel (
  pagina_url text primary key,
  artikel_id text not null,
  aangemaakt_op timestamptz not null default now()
);
