-- Review-date reminders: one per article and review date, however often and on however many
-- nodes the job runs. A new review date (a newer published version) earns a new reminder.
create table kennis_reviewherinnering (
  artikel_id text not null references kennisartikel (id) on delete cascade,
  reviewdatum date not null,
  versie integer not null,
  afdeling text not null,
  -- The team named after the owning department; null when Loket has no such team.
  team_id uuid references team (id),
  aangemaakt_op timestamptz not null default now(),
  primary key (artikel_id, reviewdatum)
);
