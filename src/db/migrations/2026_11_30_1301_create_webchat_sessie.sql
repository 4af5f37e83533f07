-- Web chat sessions: a citizen's browser holds a token that opens its own gesprek only.
create table webchat_sessie (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  pagina_url text,
  taal text not null default 'nl',
  aangemaakt_op timestamptz not null default now(),
  laatst_actief_op timestamptz not null default now()
);
