-- Kennisbank search on 10k articles in a few milliseconds.
--
-- GIN's fast update parks new entries in a pending list that every search scans linearly and
-- only VACUUM merges. PGlite never vacuums on its own, and the planner, seeing the pending list,
-- even prefers a sequential scan that reads every article's vector. Articles are published one at
-- a time, so writing straight into the index costs little.
alter index kennis_zoekdocument_vector_idx set (fastupdate = off);
select gin_clean_pending_list('kennis_zoekdocument_vector_idx'::regclass);

-- The title, keywords and summary (weights A and B) of each document: small enough to stay in
-- the row. When a query matches more documents than search can rank in time, it ranks first
-- those whose head matches, rather than an arbitrary few.
alter table kennis_zoekdocument add column kopvector tsvector generated always as (ts_filter(zoekvector, '{a,b}')) stored;
create index kennis_zoekdocument_kop_idx on kennis_zoekdocument using gin (kopvector) with (fastupdate = off);

-- Typo tolerance now runs over the vocabulary held in memory (src/knowledge/search/lexicon.ts).
-- This index was its only reader, and every publication rewrote hundreds of its entries.
drop index kennis_woord_trgm_idx;

-- In how many published documents each lexeme (a word as the `dutch` configuration stems it)
-- occurs. Search draws candidates from the rarest parts of a query; counting words as typed
-- missed that "heb" matches every "hebben" and that numbers match at all.
create table kennis_lexeem (
  lexeem text primary key,
  aantal integer not null
);

-- Kept by the database itself, whoever writes the search documents: one statement-level
-- trigger per event (transition tables allow no more), one function.
create function kennis_lexeem_tellen() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update kennis_lexeem k set aantal = k.aantal - o.n
    from (select l, count(*)::int as n from oud, unnest(tsvector_to_array(oud.zoekvector)) l group by l) o
    where k.lexeem = o.l;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into kennis_lexeem (lexeem, aantal)
    select l, count(*)::int from nieuw, unnest(tsvector_to_array(nieuw.zoekvector)) l group by l
    on conflict (lexeem) do update set aantal = kennis_lexeem.aantal + excluded.aantal;
  end if;
  return null;
end $$;

create trigger kennis_lexeem_na_insert after insert on kennis_zoekdocument
  referencing new table as nieuw for each statement execute function kennis_lexeem_tellen();
create trigger kennis_lexeem_na_update after update on kennis_zoekdocument
  referencing old table as oud new table as nieuw for each statement execute function kennis_lexeem_tellen();
create trigger kennis_lexeem_na_delete after delete on kennis_zoekdocument
  referencing old table as oud for each statement execute function kennis_lexeem_tellen();

insert into kennis_lexeem (lexeem, aantal)
select l, count(*)::int from kennis_zoekdocument, unnest(tsvector_to_array(zoekvector)) l group by l;
