-- A team's own opening hours (per weekday "HH:MM-HH:MM" or null) and the working days within
-- which it answers a contactverzoek; null: the KCC's hours and the default term.
alter table team add column openingstijden jsonb;
alter table team add column terugbeltermijn_werkdagen integer check (terugbeltermijn_werkdagen between 0 and 60);
