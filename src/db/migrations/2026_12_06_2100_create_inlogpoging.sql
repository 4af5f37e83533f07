-- Throttling shared by every Loket node (login attempts, public routes). One counter row per key
-- ('login-account:<naam>', 'login-adres:<ip>', 'webchat-start:<ip>', ...): attempts since the key
-- was last quiet for its window, and when the last attempt was let through. The wait before the
-- next attempt is derived from these two, so a successful login can take back its count without
-- any bookkeeping of deadlines.
create table drempel_teller (
  sleutel text primary key,
  pogingen integer not null default 0,
  laatste_poging timestamptz not null default now()
);

-- Every login attempt (let through or refused) for the beheerder; removed after 30 days.
create table inlogpoging (
  id bigint generated always as identity primary key,
  tijdstip timestamptz not null default now(),
  gebruikersnaam text not null,
  adres text not null,
  uitkomst text not null check (uitkomst in ('gelukt', 'mislukt', 'geweigerd'))
);
create index inlogpoging_tijdstip on inlogpoging (tijdstip);
