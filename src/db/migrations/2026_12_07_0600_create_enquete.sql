-- Experience survey (XLA) after a closed gesprek: at most one per gesprek, sent on the gesprek's own
-- channel. Only the token's SHA-256 is kept; a token answers once and expires. The comment's topic
-- is stored with the answer (classified like every other text, kanaal 'feedback').
create table enquete (
  id uuid primary key default gen_random_uuid(),
  gesprek_id uuid not null unique references gesprek (id) on delete cascade,
  kanaal text not null,
  token_hash text not null unique,
  verstuurd_op timestamptz not null,
  verloopt_op timestamptz not null,
  beantwoord_op timestamptz,
  tevredenheid smallint check (tevredenheid between 1 and 5),
  vraag_beantwoord boolean,
  opmerking text check (length(opmerking) <= 1000),
  opmerking_categorie text,
  opmerking_artikel_id text,
  check ((beantwoord_op is null) = (tevredenheid is null))
);
create index enquete_beantwoord_idx on enquete (beantwoord_op) where beantwoord_op is not null;
