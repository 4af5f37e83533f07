-- Kennisbank: one knowledge base for the website, the agents and the bot.

-- The Uniforme Productnamenlijst, loaded with `npx loket import upl FILE`. While it is empty
-- product names are not checked; once filled, every article's product must be in it.
create table upl_product (
  naam text primary key,
  uri text not null,
  gemeente boolean not null default false
);

-- An article is its id plus a pointer to the version the public sees; all content is versioned.
create table kennisartikel (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  gepubliceerde_versie integer,
  aangemaakt_op timestamptz not null default now()
);

-- Every version is kept. Status: concept → ter_review → gepubliceerd → gearchiveerd.
create table kennisartikel_versie (
  artikel_id text not null references kennisartikel (id) on delete cascade,
  versie integer not null,
  status text not null default 'concept' check (status in ('concept', 'ter_review', 'gepubliceerd', 'gearchiveerd')),
  type text not null check (type in ('artikel', 'werkinstructie', 'nieuws')),
  titel text not null,
  samenvatting text not null check (char_length(samenvatting) <= 300),
  inhoud text not null,
  categorie text not null,
  upl text,
  doelgroep jsonb not null default '[]',
  afdeling text not null,
  trefwoorden jsonb not null default '[]',
  bijgewerkt_op date not null default current_date,
  reviewdatum date,
  -- No foreign key: imports are made by Loket itself, which is not an actor.
  auteur_actor_id uuid,
  auteur_naam text not null,
  aangemaakt_op timestamptz not null default now(),
  status_gewijzigd_op timestamptz not null default now(),
  primary key (artikel_id, versie)
);

-- What search serves: one row per published article, rebuilt on every publication.
create table kennis_zoekdocument (
  artikel_id text primary key references kennisartikel (id) on delete cascade,
  versie integer not null,
  type text not null,
  titel text not null,
  samenvatting text not null,
  afdeling text not null,
  reviewdatum date,
  gepubliceerd_op timestamptz not null default now(),
  zoekvector tsvector not null
);
create index kennis_zoekdocument_vector_idx on kennis_zoekdocument using gin (zoekvector);
create index kennis_zoekdocument_review_idx on kennis_zoekdocument (reviewdatum);

-- Words of published articles: the vocabulary for typo correction and compound splitting, with
-- the number of published articles that hold each word, so search starts from the rare ones.
create table kennis_woord (
  woord text primary key,
  aantal integer not null default 0
);
create index kennis_woord_trgm_idx on kennis_woord using gin (woord gin_trgm_ops);

-- Synonyms a redacteur maintains (ID-kaart ↔ identiteitskaart); a group's terms are equivalent.
create table kennis_synoniemgroep (
  id uuid primary key default gen_random_uuid(),
  aangemaakt_door text not null,
  aangemaakt_op timestamptz not null default now()
);
create table kennis_synoniem (
  groep_id uuid not null references kennis_synoniemgroep (id) on delete cascade,
  term text not null,
  -- The term as searches are compared with it: lower case, hyphens as spaces.
  sleutel text not null,
  volgorde integer not null,
  primary key (groep_id, sleutel)
);
create index kennis_synoniem_sleutel_idx on kennis_synoniem (sleutel);

-- Bumped on every publication, archiving and synonym change, so caches on every node notice.
create table kennisbank_stand (
  id boolean primary key default true check (id),
  revisie bigint not null default 0
);
insert into kennisbank_stand default values;
