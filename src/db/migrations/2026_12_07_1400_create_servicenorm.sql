-- Service norms per channel, set by a beheerder (PUT /api/beheer/servicenormen/:kanaal): within how
-- many seconds of working time a waiting citizen should get an answer, and the share of contacts
-- that should make it (the target). Seeded with the norms that were fixed in the code until now
-- (src/routing/service-levels.ts) and the common 80% target. A channel without a row here is
-- answered within the default norm (STANDAARD_NORM_SECONDEN).
create table servicenorm (
  kanaal text primary key,
  norm_seconden integer not null check (norm_seconden > 0),
  doel_percentage integer not null default 80 check (doel_percentage between 1 and 100),
  gewijzigd_op timestamptz not null default now()
);

insert into servicenorm (kanaal, norm_seconden) values
  ('telefoon', 30),
  ('webchat', 60),
  ('whatsapp', 1800),
  ('messenger', 1800),
  ('instagram', 1800),
  ('sms', 14400),
  ('email', 86400),
  ('formulier', 259200),
  ('balie', 600);
