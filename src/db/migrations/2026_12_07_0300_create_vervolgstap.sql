-- Follow-ups of an inbound message (the bot's turn, classification) as an outbox: recorded in
-- the transaction that stores the message, then run by the pipeline right after commit and by
-- a job on any node that retries what is due, so a crash between commit and follow-up loses
-- nothing. Routing needs no row: its job assigns every waiting gesprek from the gesprek's state.
create table vervolgstap (
  id uuid primary key default gen_random_uuid(),
  inkomend_bericht_id uuid not null references inkomend_bericht (id) on delete cascade,
  gesprek_id uuid not null references gesprek (id) on delete cascade,
  bericht_id uuid not null references bericht (id) on delete cascade,
  stap text not null check (stap in ('bot-beurt', 'classificeren')),
  -- wachtend: to run (again) from volgende_poging_op; klaar: done; mislukt: parked after too many attempts.
  status text not null default 'wachtend' check (status in ('wachtend', 'klaar', 'mislukt')),
  pogingen integer not null default 0,
  laatste_fout text,
  volgende_poging_op timestamptz not null,
  -- When the latest attempt started; a retry reads it to see whether that attempt took effect.
  geclaimd_op timestamptz,
  aangemaakt_op timestamptz not null,
  afgerond_op timestamptz,
  -- Recording a message's follow-ups twice (a retried message) records them once.
  unique (bericht_id, stap)
);
create index vervolgstap_wachtrij_idx on vervolgstap (volgende_poging_op) where status = 'wachtend';
create index vervolgstap_fout_idx on vervolgstap (aangemaakt_op) where laatste_fout is not null and status <> 'klaar';
create index vervolgstap_afgerond_idx on vervolgstap (afgerond_op) where status = 'klaar';
