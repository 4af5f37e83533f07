-- Every proactive message carries a link to opt out of its kind of message; the link's token is kept hashed.
alter table proactief_bericht add column afmeld_token_hash text;
alter table proactief_bericht add column berichtsoort text;
create unique index proactief_bericht_afmeld_idx on proactief_bericht (afmeld_token_hash) where afmeld_token_hash is not null;
