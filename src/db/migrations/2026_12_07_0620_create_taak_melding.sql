-- E-mails announcing that a task was assigned (the afdeling's toewijzingsmelding), recorded in the
-- transaction that assigns it and sent by a job that retries with back-off: an outbox. The mail
-- holds the task's subject and a link only, never the citizen's data, so nothing else is kept.
create table taak_melding (
  id uuid primary key default gen_random_uuid(),
  interne_taak_id uuid not null references interne_taak (id) on delete cascade,
  aan text not null,
  status text not null default 'te_versturen' check (status in ('te_versturen', 'verstuurd', 'mislukt')),
  pogingen integer not null default 0,
  volgende_poging_op timestamptz not null default now(),
  fout text,
  aangemaakt_op timestamptz not null default now()
);
create index taak_melding_te_versturen_idx on taak_melding (volgende_poging_op) where status = 'te_versturen';
create index taak_melding_taak_idx on taak_melding (interne_taak_id);
