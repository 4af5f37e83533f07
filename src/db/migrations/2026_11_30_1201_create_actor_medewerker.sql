-- Actoren (who acts for the municipality) and the medewerkers who log in to Loket.
create table actor (
  id uuid primary key default gen_random_uuid(),
  naam text not null,
  soort_actor text not null check (soort_actor in ('medewerker', 'geautomatiseerde_actor', 'organisatorische_eenheid')),
  indicatie_actief boolean not null default true,
  actoridentificator jsonb,
  -- functie, emailadres, telefoonnummer (medewerker) or omschrijving (eenheid, bot)
  actor_identificatie jsonb,
  aangemaakt_op timestamptz not null default now()
);

create table team (
  id uuid primary key default gen_random_uuid(),
  naam text not null unique,
  actor_id uuid not null references actor (id),
  email text,
  aangemaakt_op timestamptz not null default now()
);

create table medewerker (
  id uuid primary key default gen_random_uuid(),
  actor_id uuid not null unique references actor (id),
  gebruikersnaam text not null unique,
  naam text not null,
  email text,
  wachtwoord_hash text,
  oidc_subject text unique,
  rollen jsonb not null default '[]',
  actief boolean not null default true,
  aangemaakt_op timestamptz not null default now()
);

create table team_lid (
  team_id uuid not null references team (id) on delete cascade,
  medewerker_id uuid not null references medewerker (id) on delete cascade,
  primary key (team_id, medewerker_id)
);

create table sessie (
  token_hash text primary key,
  medewerker_id uuid not null references medewerker (id) on delete cascade,
  csrf_token text not null,
  aangemaakt_op timestamptz not null default now(),
  verloopt_op timestamptz not null
);
create index sessie_verloopt_idx on sessie (verloopt_op);

create table api_token (
  id uuid primary key default gen_random_uuid(),
  naam text not null,
  token_hash text not null unique,
  rol text not null,
  actor_id uuid not null references actor (id),
  aangemaakt_op timestamptz not null default now(),
  laatst_gebruikt_op timestamptz,
  ingetrokken_op timestamptz
);

-- OIDC login attempts in flight: state, nonce and PKCE verifier, shared by all nodes.
create table oidc_poging (
  state text primary key,
  nonce text not null,
  code_verifier text not null,
  terug_naar text not null,
  aangemaakt_op timestamptz not null default now()
);
