-- Issue 16: labels and snooze on gesprekken.
-- Labels are free text per gesprek, stored normalised (trimmed, inner spaces collapsed, lower case),
-- so "Parkeren " and "parkeren" are one label; the service allows at most 10 per gesprek, 40 chars each.
create table gesprek_label (
  gesprek_id uuid not null references gesprek(id) on delete cascade,
  label text not null check (char_length(label) between 1 and 40 and label = lower(label)),
  toegevoegd_op timestamptz not null default now(),
  primary key (gesprek_id, label)
);
create index gesprek_label_label on gesprek_label (label);

-- A snoozed gesprek leaves the inbox until this moment. Readers compare it with the app's clock,
-- so it returns by itself when the time passes, without a job; waking it early sets it to null.
alter table gesprek add column gesluimerd_tot timestamptz;
