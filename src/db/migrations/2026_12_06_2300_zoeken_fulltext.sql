-- Finding a conversation again (GET /api/zoeken): full-text indexes on what an agent remembers —
-- the subject, the words of a message, the citizen's name. Subjects and messages are Dutch prose,
-- stemmed ('dutch'); names are not words to stem or drop ("Van den Berg"), so they use 'simple'.
-- The expressions must match those in src/zoeken/zoeken.queries.ts exactly for the index to be used.
create index gesprek_onderwerp_fts_idx on gesprek using gin (to_tsvector('dutch', coalesce(onderwerp, '')));
create index bericht_inhoud_fts_idx on bericht using gin (to_tsvector('dutch', inhoud));
create index partij_naam_fts_idx on partij using gin (
  to_tsvector('simple', coalesce(voornaam, '') || ' ' || coalesce(voorletters, '') || ' ' || coalesce(voorvoegsel_achternaam, '') || ' ' || coalesce(achternaam, '') || ' ' || coalesce(organisatie_naam, ''))
);
